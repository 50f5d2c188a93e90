#pragma once
// A date that may be unknown: a check box ("known") in front of a QDateEdit. Registry dates
// (开通日期, 备案日期) are often missing in the files units send.
//
// Threading: all members are called from the GUI thread.

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace xj {

class OptionalDateEdit : public QWidget {
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    // Invalid when the date is unknown (box unchecked).
    QDate date() const;
    // An invalid date unchecks the box.
    void setDate(const QDate &date);
    QDateEdit *dateEdit() const { return m_edit; }
    QCheckBox *knownBox() const { return m_known; }

signals:
    void dateChanged(const QDate &date);

private:
    void emitChanged();

    QCheckBox *m_known;
    QDateEdit *m_edit;
};

} // namespace xj
