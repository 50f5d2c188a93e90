// ReviewView: the one-key shortcuts and their help.
#include "ReviewView.h"

#include "ReviewDecisionBar.h"
#include "ReviewPane.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace xj {

namespace {

struct KeyAction {
    const char *keys;        // translated in context xj::ReviewView ("J, N")
    const char *description; // translated in context xj::ReviewView
};

// The single source of the shortcuts and of their help.
const KeyAction kKeys[] = {
    {QT_TRANSLATE_NOOP("xj::ReviewView", "J, N"), QT_TRANSLATE_NOOP("xj::ReviewView", "Next finding")},
    {QT_TRANSLATE_NOOP("xj::ReviewView", "K, P"), QT_TRANSLATE_NOOP("xj::ReviewView", "Previous finding")},
    {QT_TRANSLATE_NOOP("xj::ReviewView", "C"), QT_TRANSLATE_NOOP("xj::ReviewView", "Confirm the finding")},
    {QT_TRANSLATE_NOOP("xj::ReviewView", "D"), QT_TRANSLATE_NOOP("xj::ReviewView", "Dismiss the finding with the reason chosen")},
    {QT_TRANSLATE_NOOP("xj::ReviewView", "E"), QT_TRANSLATE_NOOP("xj::ReviewView", "Edit the note")},
    {QT_TRANSLATE_NOOP("xj::ReviewView", "M"), QT_TRANSLATE_NOOP("xj::ReviewView", "Switch the right pane: live, previous round, source, captured")},
    {QT_TRANSLATE_NOOP("xj::ReviewView", "S"), QT_TRANSLATE_NOOP("xj::ReviewView", "Screenshot of the captured pane, kept with the finding")},
    {QT_TRANSLATE_NOOP("xj::ReviewView", "Ctrl+Z"), QT_TRANSLATE_NOOP("xj::ReviewView", "Undo the last change of the finding")},
    {QT_TRANSLATE_NOOP("xj::ReviewView", "?"), QT_TRANSLATE_NOOP("xj::ReviewView", "This list")},
};

} // namespace

void ReviewView::buildShortcuts()
{
    auto key = [this](const QKeySequence &seq, auto action) {
        auto *s = new QShortcut(seq, this);
        // In the review area only; text fields keep their letters (they take ShortcutOverride).
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, action);
    };
    key(QKeySequence(Qt::Key_J), [this] { step(1); });
    key(QKeySequence(Qt::Key_N), [this] { step(1); });
    key(QKeySequence(Qt::Key_K), [this] { step(-1); });
    key(QKeySequence(Qt::Key_P), [this] { step(-1); });
    key(QKeySequence(Qt::Key_C), [this] { m_decisions->confirm(); });
    key(QKeySequence(Qt::Key_D), [this] { m_decisions->dismiss(); });
    key(QKeySequence(Qt::Key_E), [this] { m_decisions->focusNote(); });
    key(QKeySequence(Qt::Key_M), [this] {
        if (ReviewPane *pane = rightPane())
            pane->nextMode();
    });
    key(QKeySequence(Qt::Key_S), [this] { emit m_decisions->screenshotRequested(); });
    key(QKeySequence::Undo, [this] { m_decisions->undo(); });
    key(QKeySequence(Qt::Key_Question), [this] { showShortcutHelp(); });
    key(QKeySequence(Qt::SHIFT | Qt::Key_Question), [this] { showShortcutHelp(); });
}

QList<QPair<QString, QString>> ReviewView::shortcutHelp()
{
    QList<QPair<QString, QString>> out;
    for (const KeyAction &k : kKeys)
        out.append({tr(k.keys), tr(k.description)});
    return out;
}

void ReviewView::showShortcutHelp()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("reviewShortcuts"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Review shortcuts"));
    const auto help = shortcutHelp();
    auto *table = new QTableWidget(int(help.size()), 2, dialog);
    table->setHorizontalHeaderLabels({tr("Key"), tr("What it does")});
    for (int r = 0; r < help.size(); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(help[r].first));
        table->setItem(r, 1, new QTableWidgetItem(help[r].second));
    }
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnToContents(0);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(520, 360);
    dialog->open();
}

} // namespace xj
