#include "SiteDialog.h"
#include "ui_SiteDialog.h"

#include "SiteCode.h"

#include <QPushButton>
#include <QUrl>

namespace xj {

static bool isHttpUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

SiteDialog::SiteDialog(Store &store, qint64 siteId, SiteKind newKind, QWidget *parent)
    : QDialog(parent), m_store(store), m_ui(new Ui::SiteDialog)
{
    m_ui->setupUi(this);
    if (siteId > 0)
        m_site = m_store.site(siteId).value_or(Site());
    else
        m_site.kind = newKind;
    setWindowTitle(m_site.id ? tr("Edit website — %1").arg(m_site.name) : tr("New website"));
    fillVocabularyCombo(m_ui->kindCombo, Vocabulary<SiteKind>::values());
    m_owner.attach(m_ui->ownerCombo, m_store.units(), m_site.ownerId);
    fillHostingSites();
    fillForm();
    fillColumns();

    for (QLineEdit *e : {m_ui->nameEdit, m_ui->urlEdit, m_ui->siteCodeEdit, m_ui->icpEdit, m_ui->policeEdit})
        connect(e, &QLineEdit::textChanged, this, &SiteDialog::validate);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &SiteDialog::kindChanged);
    connect(m_ui->ownerCombo, &QComboBox::editTextChanged, this, &SiteDialog::validate);
    connect(m_ui->parentCombo, &QComboBox::currentIndexChanged, this, &SiteDialog::validate);
    kindChanged();
}

SiteDialog::~SiteDialog() = default;

void SiteDialog::fillHostingSites()
{
    QComboBox *c = m_ui->parentCombo;
    c->addItem(tr("(none)"), qint64(0));
    for (const Site &s : m_store.sites())
        if (s.kind != SiteKind::Channel && s.id != m_site.id)
            c->addItem(QStringLiteral("%1 — %2").arg(s.name, Vocabulary<SiteKind>::label(s.kind)), s.id);
    c->setCurrentIndex(std::max(0, c->findData(m_site.parentId)));
}

void SiteDialog::fillForm()
{
    m_ui->nameEdit->setText(m_site.name);
    setComboValue(m_ui->kindCombo, m_site.kind);
    m_ui->urlEdit->setText(m_site.url);
    m_ui->siteCodeEdit->setText(m_site.siteCode);
    m_ui->icpEdit->setText(m_site.icp);
    m_ui->policeEdit->setText(m_site.policeRecord);
    m_ui->openedEdit->setDate(m_site.opened);
    m_ui->registeredEdit->setDate(m_site.registered);
    m_ui->statusLabel->setText(m_site.id ? tr("%1 — change it with Change status…").arg(Vocabulary<ObjectStatus>::label(m_site.status))
                                         : tr("Running (new entries start running)"));
}

void SiteDialog::fillColumns()
{
    if (!m_site.id) {
        m_ui->columnsGroup->hide();
        return;
    }
    const QList<SiteColumn> columns = m_store.columns(m_site.id);
    for (const SiteColumn &c : columns)
        new QTreeWidgetItem(m_ui->columnsList, {c.name, Vocabulary<ColumnCategory>::label(c.category), c.url});
    if (columns.isEmpty())
        new QTreeWidgetItem(m_ui->columnsList, {tr("No columns recorded.")});
    m_ui->columnsList->resizeColumnToContents(0);
    m_ui->columnsList->resizeColumnToContents(1);
}

void SiteDialog::kindChanged()
{
    const bool channel = comboValue<SiteKind>(m_ui->kindCombo) == SiteKind::Channel;
    m_ui->parentCombo->setEnabled(channel);
    m_ui->parentLabel->setEnabled(channel);
    m_ui->siteCodeEdit->setPlaceholderText(channel ? tr("optional for a department channel") : tr("10 characters, e.g. 4459000001"));
    validate();
}

QString SiteDialog::validationError() const
{
    const QString name = m_ui->nameEdit->text().trimmed();
    const auto kind = comboValue<SiteKind>(m_ui->kindCombo);
    if (name.isEmpty())
        return tr("Enter the name.");
    if (!kind)
        return tr("Choose the kind.");
    if (!isHttpUrl(m_ui->urlEdit->text()))
        return tr("Enter the URL, starting with http:// or https://.");
    const QString code = SiteCode::normalize(m_ui->siteCodeEdit->text());
    if (code.isEmpty() && *kind != SiteKind::Channel)
        return tr("Enter the site code: only department channels may go without one.");
    if (!code.isEmpty() && !SiteCode::isWellFormed(code))
        return tr("The site code has 10 characters: digits, or \"bm\" and 8 digits.");
    if (m_owner.name().isEmpty())
        return tr("Choose the owner unit, or type the name of a new one.");
    if (*kind == SiteKind::Channel && m_ui->parentCombo->currentData().toLongLong() <= 0)
        return tr("Choose the website that hosts this channel.");
    const auto other = m_store.siteByKey(name, *kind);
    if (other && other->id != m_site.id)
        return tr("There is already a %1 named \"%2\".").arg(Vocabulary<SiteKind>::label(*kind), name);
    return {};
}

void SiteDialog::validate()
{
    QString note;
    if (!m_owner.name().isEmpty() && !m_owner.existingId())
        note = tr("A new unit \"%1\" will be added.").arg(m_owner.name());
    showValidation(m_ui->messageLabel, m_ui->buttonBox, validationError(), note);
}

void SiteDialog::accept()
{
    validate();
    if (!validationError().isEmpty())
        return;
    Site s = m_site;
    s.name = m_ui->nameEdit->text().trimmed();
    s.kind = comboValue<SiteKind>(m_ui->kindCombo).value_or(SiteKind::Portal);
    s.url = m_ui->urlEdit->text().trimmed();
    s.siteCode = SiteCode::normalize(m_ui->siteCodeEdit->text());
    s.icp = m_ui->icpEdit->text().trimmed();
    s.policeRecord = m_ui->policeEdit->text().trimmed();
    s.parentId = s.kind == SiteKind::Channel ? m_ui->parentCombo->currentData().toLongLong() : 0;
    s.opened = m_ui->openedEdit->date();
    s.registered = m_ui->registeredEdit->date();

    bool ok = m_store.begin();
    if (ok) {
        s.ownerId = m_owner.resolve(m_store);
        ok = s.ownerId > 0;
    }
    if (ok && s.id)
        ok = m_store.updateSite(s);
    else if (ok)
        ok = (s.id = m_store.insertSite(s, QStringLiteral("gui"))) > 0;
    if (ok)
        ok = m_store.commit();
    if (!ok) {
        m_store.rollback();
        showValidation(m_ui->messageLabel, m_ui->buttonBox, tr("Not saved: %1").arg(m_store.lastError()));
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
        return;
    }
    m_site = s;
    QDialog::accept();
}

} // namespace xj
