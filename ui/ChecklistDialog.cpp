#include "ChecklistDialog.h"

#include "ChecklistSheet.h"
#include "EvidenceScreenshots.h"
#include "FindingsModel.h"
#include "IndicatorSetStore.h"
#include "ScoreCard.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace xj {

namespace {

const char *const kResults[] = {"pass", "fail", "na"};


} // namespace

ChecklistDialog::ChecklistDialog(Store &store, const QString &roundId, ObjectType type, qint64 objectId, QWidget *parent)
    : QDialog(parent), m_store(store), m_records(store), m_roundId(roundId), m_type(type), m_objectId(objectId),
      m_actor(ReviewRecords::defaultActor()), m_title(new QLabel), m_undecided(new QLabel), m_score(new QLabel), m_tree(new QTreeWidget),
      m_details(new QStackedWidget), m_counts(new QLabel), m_findings(new QListWidget), m_steps(new QLabel),
      m_result(new QButtonGroup(this)), m_note(new QLineEdit), m_shotLabel(new QLabel),
      m_paneShot(new QPushButton(tr("Screenshot from the review pane"))), m_message(new QLabel)
{
    setObjectName(QStringLiteral("checklistDialog"));
    if (type == ObjectType::Site) {
        if (auto s = store.site(objectId))
            m_objectName = s->name;
    } else if (auto a = store.account(objectId)) {
        m_objectName = a->name;
    }
    setWindowTitle(tr("Checklist — %1").arg(m_objectName));
    m_title->setText(tr("<b>%1</b> — round %2").arg(m_objectName.toHtmlEscaped(), roundId.toHtmlEscaped()));
    m_undecided->setObjectName(QStringLiteral("checklistUndecided"));
    m_score->setObjectName(QStringLiteral("checklistScore"));

    m_tree->setObjectName(QStringLiteral("checklistItems"));
    m_tree->setHeaderLabels({tr("Indicator"), tr("Name"), tr("Check"), tr("Result")});
    m_tree->setRootIsDecorated(false);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    // Automatic: the findings by state; double-click opens one in the review list.
    auto *automatic = new QWidget;
    auto *autoLayout = new QVBoxLayout(automatic);
    m_counts->setWordWrap(true);
    m_findings->setObjectName(QStringLiteral("checklistFindings"));
    m_findings->setToolTip(tr("Double-click a finding to open it in the review list"));
    autoLayout->addWidget(m_counts);
    autoLayout->addWidget(m_findings, 1);
    connect(m_findings, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit findingActivated(item->data(Qt::UserRole).toLongLong()); });

    // Manual-only: steps, the choice, a note, a screenshot.
    auto *manual = new QWidget;
    auto *manualLayout = new QVBoxLayout(manual);
    m_steps->setWordWrap(true);
    m_steps->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *choices = new QHBoxLayout;
    const QStringList labels = {tr("&Pass"), tr("&Fail"), tr("&Not applicable")};
    for (int i = 0; i < 3; ++i) {
        auto *button = new QRadioButton(labels[i]);
        button->setObjectName(QStringLiteral("result-") + QLatin1String(kResults[i]));
        m_result->addButton(button, i);
        choices->addWidget(button);
    }
    choices->addStretch();
    connect(m_result, &QButtonGroup::idClicked, this, [this](int id) {
        if (!m_filling)
            setResult(QLatin1String(kResults[id]));
    });
    m_note->setPlaceholderText(tr("Note; saved when you leave the field"));
    connect(m_note, &QLineEdit::editingFinished, this, [this] {
        if (!m_filling)
            setNote(m_note->text());
    });
    auto *shots = new QHBoxLayout;
    auto *fileShot = new QPushButton(tr("Screenshot from a file…"));
    connect(fileShot, &QPushButton::clicked, this, &ChecklistDialog::chooseScreenshotFile);
    connect(m_paneShot, &QPushButton::clicked, this, [this] {
        if (!m_screenshotSource)
            return;
        const auto [png, url] = m_screenshotSource();
        attachScreenshot(png, url);
    });
    m_paneShot->setVisible(false);
    shots->addWidget(m_shotLabel, 1);
    shots->addWidget(m_paneShot);
    shots->addWidget(fileShot);
    manualLayout->addWidget(new QLabel(tr("Steps:")));
    manualLayout->addWidget(m_steps);
    manualLayout->addLayout(choices);
    manualLayout->addWidget(m_note);
    manualLayout->addLayout(shots);
    manualLayout->addStretch();

    m_details->addWidget(automatic);
    m_details->addWidget(manual);
    auto *split = new QSplitter;
    split->addWidget(m_tree);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *print = buttons->addButton(tr("Print 检查记录表…"), QDialogButtonBox::ActionRole);
    QPushButton *pdf = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::ActionRole);
    connect(print, &QPushButton::clicked, this, &ChecklistDialog::printPreview);
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the 检查记录表"),
                                                          tr("%1检查记录表.pdf").arg(m_objectName), tr("PDF (*.pdf)"));
        QString error;
        if (!path.isEmpty() && !savePdf(path, &error))
            m_message->setText(error);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_score);
    header->addWidget(m_undecided);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(split, 1);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(960, 600);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ChecklistDialog::showDetails);
    reload();
}

ChecklistDialog::~ChecklistDialog() = default;

void ChecklistDialog::reload()
{
    const QString keep = currentIndicator();
    m_items = m_records.checklist(m_roundId, m_type, m_objectId, IndicatorSetStore(m_store).active());
    QString error;
    m_scoreText.clear();
    if (auto card = ScoreCard::load(m_store, m_roundId, m_type, m_objectId, &error)) {
        const ObjectVerdict &v = card->verdict;
        // The record sheet is a Chinese document whatever the interface language; the label is not.
        const QString verdict = v.passed ? ChecklistSheet::tr("合格") : ChecklistSheet::tr("不合格");
        m_scoreText = v.scored ? ChecklistSheet::tr("%1分，%2").arg(QString::number(v.score, 'f', 1), verdict) : verdict;
        const QString shown = v.scored ? tr("%1, %2").arg(QString::number(v.score, 'f', 1), v.passed ? tr("passed") : tr("failed"))
                                       : (v.passed ? tr("passed") : tr("failed"));
        const int pending = card->pendingCount();
        m_score->setText(pending ? tr("Score as it stands: %1 (%n finding(s) awaiting review, not counted)", nullptr, pending).arg(shown)
                                 : tr("Score as it stands: %1").arg(shown));
    } else {
        m_score->setText(tr("No score: %1").arg(error));
    }
    fillTree();
    if (!selectIndicator(keep) && m_tree->topLevelItemCount())
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    updateSummary();
}

void ChecklistDialog::fillTree()
{
    m_filling = true;
    m_tree->clear();
    for (const ChecklistItem &item : std::as_const(m_items)) {
        auto *row = new QTreeWidgetItem(m_tree);
        row->setText(0, item.indicator);
        row->setData(0, kIndicatorRole, item.indicator);
        row->setText(1, item.name);
        row->setText(2, item.manualOnly ? tr("manual") : tr("automatic"));
        if (item.manualOnly)
            row->setText(3, ReviewRecords::checklistResultLabel(item.entry ? item.entry->result : QStringLiteral("undecided")));
        else
            row->setText(3, tr("%1 pending, %2 confirmed, %3 dismissed").arg(item.pending).arg(item.confirmed).arg(item.dismissed));
        if (ChecklistSheet::isUndecided(item)) {
            QFont bold = row->font(3);
            bold.setBold(true);
            row->setFont(3, bold);
        }
    }
    m_filling = false;
}

int ChecklistDialog::undecidedCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), &ChecklistSheet::isUndecided));
}

void ChecklistDialog::updateSummary()
{
    m_undecided->setText(tr("%n undecided", nullptr, undecidedCount()));
}

const ChecklistItem *ChecklistDialog::current() const
{
    const QString code = currentIndicator();
    for (const ChecklistItem &i : m_items)
        if (i.indicator == code)
            return &i;
    return nullptr;
}

QString ChecklistDialog::currentIndicator() const
{
    return m_tree->currentItem() ? m_tree->currentItem()->data(0, kIndicatorRole).toString() : QString();
}

bool ChecklistDialog::selectIndicator(const QString &indicator)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->data(0, kIndicatorRole).toString() == indicator) {
            m_tree->setCurrentItem(m_tree->topLevelItem(i));
            showDetails();
            return true;
        }
    }
    return false;
}

void ChecklistDialog::showDetails()
{
    const ChecklistItem *item = current();
    m_message->clear();
    if (!item)
        return;
    m_filling = true;
    if (!item->manualOnly) {
        m_details->setCurrentIndex(0);
        m_counts->setText(item->findingIds.isEmpty()
                              ? tr("%1: the checks found nothing.").arg(item->name)
                              : tr("%1: %2 pending, %3 confirmed, %4 dismissed.")
                                    .arg(item->name)
                                    .arg(item->pending)
                                    .arg(item->confirmed)
                                    .arg(item->dismissed));
        m_findings->clear();
        CheckRecords checks(m_store);
        for (qint64 id : item->findingIds) {
            const auto f = checks.finding(id);
            if (!f)
                continue;
            auto *row = new QListWidgetItem(QStringLiteral("%1 · %2 · %3")
                                                .arg(FindingsModel::stateLabel(f->state), f->url, f->evidence.left(120)));
            row->setData(Qt::UserRole, id);
            m_findings->addItem(row);
        }
    } else {
        m_details->setCurrentIndex(1);
        m_steps->setText(item->steps);
        const QString result = item->entry ? item->entry->result : QString();
        m_result->setExclusive(false); // lets "undecided" show no button checked
        for (int i = 0; i < 3; ++i)
            m_result->button(i)->setChecked(result == QLatin1String(kResults[i]));
        m_result->setExclusive(true);
        m_note->setText(item->entry ? item->entry->note : QString());
        m_shotLabel->setText(item->entry && item->entry->screenshotId
                                 ? tr("Screenshot %1 kept").arg(item->entry->screenshotId)
                                 : tr("No screenshot"));
        if (item->entry)
            m_message->setText(tr("Last saved by %1 at %2")
                                   .arg(item->entry->actor, item->entry->updatedAt.toLocalTime().toString(Qt::ISODate)));
    }
    m_filling = false;
}

} // namespace xj
