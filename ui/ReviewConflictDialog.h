#pragma once
// Shown when a change to a finding could not be saved because another inspector changed it first
// (optimistic versioning in ReviewRecords): both versions side by side, field by field, the
// differing fields marked; the inspector takes theirs (drops the change) or applies theirs plus
// the change again on top of it. Nothing is lost silently either way: their change is already in
// the history, and mine is saved again or visibly dropped.
//
// Threading: all members are called from the GUI thread.

#include <QDialog>

class QTableWidget;

namespace xj {

class ReviewConflictDialog : public QDialog {
    Q_OBJECT
public:
    enum Choice { TakeTheirs, ReapplyMine };
    using Fields = QList<QPair<QString, QString>>; // label, value, in display order

    // `mine`: the finding as I saw it with my change; `theirs`: as it is now stored, with who and when.
    ReviewConflictDialog(const Fields &mine, const Fields &theirs, const QString &theirAuthor, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
    Choice m_choice = TakeTheirs;
};

} // namespace xj
