// ReviewDecisionBar: its widgets and how they are filled; the saving is in ReviewDecisionSave.cpp.
#include "ReviewDecisionBar.h"

#include "EvidenceScreenshots.h"
#include "FindingRecheck.h"
#include "FindingsModel.h"
#include "IndicatorCatalog.h"
#include "OptionalDateEdit.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QKeySequence>
#include <QPushButton>

namespace xj {

ReviewDecisionBar::ReviewDecisionBar(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_records(std::make_unique<ReviewRecords>(store)),
      m_confirm(new QPushButton(tr("&Confirm"))), m_dismiss(new QPushButton(tr("&Dismiss"))), m_reason(new QComboBox),
      m_severity(new QComboBox), m_indicator(new QComboBox), m_changeReason(new QLineEdit), m_unit(new QComboBox),
      m_deadline(new OptionalDateEdit), m_rectification(new QComboBox), m_note(new QLineEdit), m_undo(new QPushButton(tr("&Undo"))),
      m_shot(new QPushButton(tr("Screenshot"))), m_manual(new QPushButton(tr("Manual finding…"))),
      m_recheck(new QPushButton(tr("Re-check"))), m_history(new QListWidget),
      m_message(new QLabel)
{
    setObjectName(QStringLiteral("reviewDecisions"));
    m_confirm->setToolTip(tr("The finding stands (C)"));
    m_dismiss->setToolTip(tr("The finding is wrong or does not count, for the reason chosen (D)"));
    m_reason->setEditable(true);
    m_reason->addItems(commonDismissReasons());
    m_reason->setToolTip(tr("Why the finding is dismissed: choose or type"));
    m_reason->setMinimumContentsLength(18);
    for (const char *s : {"veto", "deduct", "notice", "manual"})
        m_severity->addItem(FindingsModel::severityLabel(QLatin1String(s)), QLatin1String(s));
    for (const IndicatorInfo &i : IndicatorCatalog::all())
        m_indicator->addItem(QStringLiteral("%1 %2").arg(i.code, i.zh), i.code);
    m_changeReason->setPlaceholderText(tr("Why the severity or indicator changes"));
    for (const QString &code : ReviewRecords::rectificationCodes())
        m_rectification->addItem(ReviewRecords::rectificationLabel(code), code);
    m_rectification->setToolTip(tr("Where the rectification of a confirmed finding stands"));
    m_note->setPlaceholderText(tr("Note (E); saved when you leave the field"));
    m_undo->setToolTip(tr("Undo the last change of this finding (Ctrl+Z)"));
    m_shot->setToolTip(tr("Keep a screenshot of the captured pane with the finding (S)"));
    m_manual->setToolTip(tr("File a finding the checks missed: the page, the text selected and a screenshot are attached"));
    m_recheck->setToolTip(tr("Fetch the link or page now and judge it again; the answer is kept as evidence (Ctrl+R)"));
    m_recheck->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_recheck, &QPushButton::clicked, this, &ReviewDecisionBar::recheck);
    m_history->setObjectName(QStringLiteral("reviewHistory"));
    m_history->setMaximumHeight(110);
    m_message->setWordWrap(true);

    auto *decide = new QHBoxLayout;
    decide->addWidget(m_confirm);
    decide->addWidget(m_dismiss);
    decide->addWidget(m_reason, 1);
    decide->addWidget(m_undo);
    decide->addWidget(m_recheck);
    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addLayout(decide, 0, 0, 1, 6);
    grid->addWidget(new QLabel(tr("Severity")), 1, 0);
    grid->addWidget(m_severity, 1, 1);
    grid->addWidget(new QLabel(tr("Indicator")), 1, 2);
    grid->addWidget(m_indicator, 1, 3);
    grid->addWidget(m_changeReason, 1, 4, 1, 2);
    grid->addWidget(new QLabel(tr("Unit")), 2, 0);
    grid->addWidget(m_unit, 2, 1);
    grid->addWidget(new QLabel(tr("Deadline")), 2, 2);
    grid->addWidget(m_deadline, 2, 3);
    grid->addWidget(new QLabel(tr("Rectification")), 2, 4);
    grid->addWidget(m_rectification, 2, 5);
    grid->addWidget(new QLabel(tr("Note")), 3, 0);
    grid->addWidget(m_note, 3, 1, 1, 5);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_shot);
    buttons->addWidget(m_manual);
    buttons->addWidget(m_message, 1);
    grid->addLayout(buttons, 4, 0, 1, 6);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(5, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(grid, 3);
    auto *historyBox = new QVBoxLayout;
    historyBox->addWidget(new QLabel(tr("History")));
    historyBox->addWidget(m_history, 1);
    layout->addLayout(historyBox, 2);

    connect(m_confirm, &QPushButton::clicked, this, [this] { confirm(); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { dismiss(); });
    connect(m_undo, &QPushButton::clicked, this, [this] { undo(); });
    connect(m_shot, &QPushButton::clicked, this, &ReviewDecisionBar::screenshotRequested);
    connect(m_manual, &QPushButton::clicked, this, &ReviewDecisionBar::manualFindingRequested);
    connect(m_severity, &QComboBox::activated, this, [this] {
        if (!m_filling && m_finding && m_severity->currentData().toString() != m_finding->severity)
            changeSeverity(m_severity->currentData().toString(), m_changeReason->text());
    });
    connect(m_indicator, &QComboBox::activated, this, [this] {
        if (!m_filling && m_finding && m_indicator->currentData().toString() != m_finding->indicator)
            changeIndicator(m_indicator->currentData().toString(), m_changeReason->text());
    });
    connect(m_unit, &QComboBox::activated, this, [this] {
        if (!m_filling)
            setUnit(m_unit->currentData().toLongLong());
    });
    connect(m_rectification, &QComboBox::activated, this, [this] {
        if (!m_filling)
            setRectification(m_rectification->currentData().toString());
    });
    connect(m_deadline, &OptionalDateEdit::dateChanged, this, [this](const QDate &d) {
        if (!m_filling)
            setDeadline(d);
    });
    connect(m_note, &QLineEdit::editingFinished, this, [this] {
        if (!m_filling)
            setNote(m_note->text());
    });
    reloadUnits();
    setFinding(std::nullopt);
}

ReviewDecisionBar::~ReviewDecisionBar() = default;

QStringList ReviewDecisionBar::commonDismissReasons()
{
    return {tr("False positive: the link opens"),
            tr("False positive: the text is correct in its context"),
            tr("The target is not part of this inspection"),
            tr("Temporary failure, fine when checked again"),
            tr("Duplicate of another finding"),
            tr("Already rectified before the inspection")};
}

void ReviewDecisionBar::reloadUnits()
{
    const qint64 keep = m_unit->currentData().toLongLong();
    m_filling = true;
    m_unit->clear();
    m_unit->addItem(tr("(not assigned)"), qint64(0));
    for (const Unit &u : m_store.units())
        m_unit->addItem(u.name, u.id);
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(keep)));
    m_filling = false;
}

void ReviewDecisionBar::setFinding(const std::optional<Finding> &finding)
{
    m_finding = finding;
    m_message->clear();
    showFinding();
}

void ReviewDecisionBar::setEditable(bool on)
{
    for (QWidget *w : {static_cast<QWidget *>(m_confirm), static_cast<QWidget *>(m_dismiss), static_cast<QWidget *>(m_reason),
                       static_cast<QWidget *>(m_severity), static_cast<QWidget *>(m_indicator), static_cast<QWidget *>(m_changeReason),
                       static_cast<QWidget *>(m_unit), static_cast<QWidget *>(m_deadline), static_cast<QWidget *>(m_rectification),
                       static_cast<QWidget *>(m_note),
                       static_cast<QWidget *>(m_undo), static_cast<QWidget *>(m_shot), static_cast<QWidget *>(m_recheck)})
        w->setEnabled(on);
}

void ReviewDecisionBar::focusNote()
{
    m_note->setFocus(Qt::ShortcutFocusReason);
    m_note->selectAll();
}

} // namespace xj
