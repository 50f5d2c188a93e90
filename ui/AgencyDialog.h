#pragma once
// The issuing agency's settings, kept in the store for the whole team (StoreSettings): 发文机关,
// city, 发文字号 template, 主送机关 and the red header (发文机关标志). New drafts take them; drafts
// already written keep what they say.
//
// Threading: GUI thread only (the thread that owns the Store).

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace xj {

class Store;

class AgencyDialog : public QDialog {
    Q_OBJECT
public:
    explicit AgencyDialog(Store &store, QWidget *parent = nullptr);

    void accept() override;

private:
    Store &m_store;
    QLineEdit *m_agency;
    QLineEdit *m_city;
    QLineEdit *m_numberTemplate;
    QPlainTextEdit *m_recipients;
    QLineEdit *m_agencyMark;
    QLabel *m_error;
};

} // namespace xj
