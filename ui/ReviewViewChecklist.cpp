// ReviewView: the checklist of the current finding's object.
#include "ReviewView.h"

#include "ChecklistDialog.h"
#include "ReviewDecisionBar.h"
#include "ReviewFilterModel.h"
#include "ReviewPane.h"

#include <QAction>
#include <QComboBox>
#include <QPushButton>
#include <QTableView>
#include <QLineEdit>
#include <QPointer>

namespace xj {

QWidget *ReviewView::buildChecklistRoutes()
{
    m_checklistButton = new QPushButton(tr("Checklist…"));
    m_checklistButton->setObjectName(QStringLiteral("reviewChecklistButton"));
    m_checklistButton->setToolTip(tr("Every indicator of the active set for this finding's object, with the manual ones to decide"));
    connect(m_checklistButton, &QPushButton::clicked, this, &ReviewView::openChecklist);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *checklist = new QAction(tr("Checklist of this object…"), m_list);
    connect(checklist, &QAction::triggered, this, &ReviewView::openChecklist);
    m_list->addAction(checklist);
    return m_checklistButton;
}

bool ReviewView::showSection(const QString &section)
{
    if (section.isEmpty())
        return true;
    if (section != QLatin1String("checklist"))
        return false;
    // The review area is shown either way; the checklist opens when a finding names its object
    // (a round without findings has none to open).
    openChecklist();
    return true;
}

ChecklistDialog *ReviewView::openChecklist()
{
    const auto finding = currentFinding();
    if (!finding)
        return nullptr;
    // One checklist at a time: a new object's replaces the one open.
    for (ChecklistDialog *old : findChildren<ChecklistDialog *>())
        old->close();
    auto *dialog = new ChecklistDialog(m_store, finding->roundId, finding->objectType, finding->objectId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setActor(m_decisions->actor());
    connect(dialog, &ChecklistDialog::findingActivated, this, [this](qint64 id) {
        if (!selectFinding(id)) {
            // Hidden by a filter: show every finding of the round, then select it.
            m_search->clear();
            for (QComboBox *box : {m_indicator, m_severity, m_state, m_unit})
                box->setCurrentIndex(0);
            m_filter->setIndicator({});
            m_filter->setSeverity({});
            m_filter->setState({});
            m_filter->setUnit(0);
            selectFinding(id);
        }
    });
    // The review pane's picture of the page, when the browser runs here.
    if (m_left) {
        QPointer<ReviewPane> pane = m_left;
        dialog->setScreenshotSource([pane]() -> QPair<QByteArray, QString> {
            if (!pane)
                return {};
            return {pane->screenshot(), pane->originalUrl().toString()};
        });
    }
    dialog->show();
    return dialog;
}

} // namespace xj
