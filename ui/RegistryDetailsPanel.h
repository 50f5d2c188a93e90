#pragma once
// The side panel of the registry view: everything recorded about the selected site, account or
// unit (including extra attributes kept from imports) and, for sites and accounts, the status
// history — date, status, reason and where it came from — newest first. For an account, its
// posting timeline over the newest round's window (PostingTimeline), to see 踩点 at a glance.
//
// Threading: all members are called from the GUI thread (the thread that owns the Store).

#include "RegistryTableModel.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QTreeWidget;

namespace xj {

class PostingTimeline;

class RegistryDetailsPanel : public QWidget {
    Q_OBJECT
public:
    explicit RegistryDetailsPanel(Store &store, QWidget *parent = nullptr);

    // id 0 shows that nothing is selected.
    void showObject(RegistryTab tab, qint64 id);
    // Re-reads the object shown (after an edit or a change of status).
    void refresh();
    qint64 objectId() const { return m_id; }
    QTreeWidget *historyList() const { return m_history; }
    // The account's posts over the newest round (hidden for sites, units and without a round).
    PostingTimeline *postingTimeline() const { return m_timeline; }

    // How a history entry's source reads: "import:sites.csv" → "import of sites.csv".
    static QString sourceLabel(const QString &source);

private:
    void clearForm();
    void addRow(const QString &label, const QString &value);
    void addExtras(const QJsonObject &extra);
    void showSite(const Site &s);
    void showAccount(const Account &a);
    void showUnit(const Unit &u);
    void showHistory(ObjectType type, qint64 id);
    void showPosts(const Account &a);
    QString unitName(qint64 id) const;

    Store &m_store;
    RegistryTab m_tab = RegistryTab::Websites;
    qint64 m_id = 0;
    QLabel *m_title;
    QLabel *m_subtitle;
    QFormLayout *m_form;
    QLabel *m_historyTitle;
    QTreeWidget *m_history;
    QLabel *m_timelineTitle;
    PostingTimeline *m_timeline;
};

} // namespace xj
