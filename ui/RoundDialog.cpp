#include "RoundDialog.h"
#include "ui_RoundDialog.h"

#include "DialogSupport.h"

#include <QPushButton>
#include <QRegularExpression>
#include <QSet>

namespace xj {

static QString quarterId(int year, int quarter)
{
    return QStringLiteral("%1Q%2").arg(year).arg(quarter);
}

static void setQuarter(Round &r, int year, int quarter)
{
    r.id = quarterId(year, quarter);
    r.windowFrom = QDate(year, 3 * quarter - 2, 1);
    r.windowTo = r.windowFrom.addMonths(3).addDays(-1);
    r.asOf = r.windowTo;
}

Round RoundDialog::proposal(const QList<Round> &existing, const QDate &today)
{
    QSet<QString> ids;
    for (const Round &r : existing)
        ids.insert(r.id);
    int year = today.year();
    int quarter = (today.month() - 1) / 3 + 1;
    Round r;
    do {
        if (++quarter > 4) {
            quarter = 1;
            ++year;
        }
        setQuarter(r, year, quarter);
    } while (ids.contains(r.id));
    return r;
}

RoundDialog::RoundDialog(Store &store, QWidget *parent) : QDialog(parent), m_store(store), m_ui(new Ui::RoundDialog)
{
    m_ui->setupUi(this);
    const Round r = proposal(m_store.rounds(), QDate::currentDate());
    m_ui->idEdit->setText(r.id);
    m_ui->fromEdit->setDate(r.windowFrom);
    m_ui->toEdit->setDate(r.windowTo);
    m_ui->asOfEdit->setDate(r.asOf);
    m_lastTo = r.windowTo;
    connect(m_ui->idEdit, &QLineEdit::textEdited, this, &RoundDialog::idEdited);
    connect(m_ui->idEdit, &QLineEdit::textChanged, this, &RoundDialog::validate);
    connect(m_ui->fromEdit, &QDateEdit::dateChanged, this, &RoundDialog::validate);
    connect(m_ui->toEdit, &QDateEdit::dateChanged, this, &RoundDialog::windowEndChanged);
    connect(m_ui->asOfEdit, &QDateEdit::dateChanged, this, &RoundDialog::validate);
    validate();
}

RoundDialog::~RoundDialog() = default;

void RoundDialog::idEdited(const QString &text)
{
    static const QRegularExpression quarter(QStringLiteral("^(\\d{4})[Qq]([1-4])$"));
    const auto m = quarter.match(text.trimmed());
    if (!m.hasMatch())
        return;
    Round r;
    setQuarter(r, m.captured(1).toInt(), m.captured(2).toInt());
    m_ui->fromEdit->setDate(r.windowFrom);
    m_ui->toEdit->setDate(r.windowTo);
}

void RoundDialog::windowEndChanged(const QDate &date)
{
    // As-of follows the window's end until the user sets it apart.
    if (m_ui->asOfEdit->date() == m_lastTo)
        m_ui->asOfEdit->setDate(date);
    m_lastTo = date;
    validate();
}

QString RoundDialog::validationError() const
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_-]+$"));
    const QString id = m_ui->idEdit->text().trimmed();
    if (id.isEmpty())
        return tr("Enter the round's ID, e.g. 2026Q3.");
    if (!shape.match(id).hasMatch())
        return tr("The ID may hold letters, digits, \"-\" and \"_\" only.");
    if (m_store.round(id))
        return tr("Round %1 exists already.").arg(id);
    if (m_ui->fromEdit->date() > m_ui->toEdit->date())
        return tr("The window must start on or before its last day.");
    if (m_ui->asOfEdit->date() < m_ui->fromEdit->date())
        return tr("The as-of date cannot lie before the window.");
    return {};
}

void RoundDialog::validate()
{
    showValidation(m_ui->messageLabel, m_ui->buttonBox, validationError());
}

void RoundDialog::accept()
{
    validate();
    if (!validationError().isEmpty())
        return;
    Round r;
    r.id = m_ui->idEdit->text().trimmed();
    r.windowFrom = m_ui->fromEdit->date();
    r.windowTo = m_ui->toEdit->date();
    r.asOf = m_ui->asOfEdit->date();
    if (!m_store.insertRound(r)) {
        showValidation(m_ui->messageLabel, m_ui->buttonBox, tr("Not saved: %1").arg(m_store.lastError()));
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
        return;
    }
    m_round = r;
    QDialog::accept();
}

} // namespace xj
