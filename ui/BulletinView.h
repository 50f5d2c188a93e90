#pragma once
// The bulletin area (通报): a round chooser, the round's bulletins as BulletinRecords keeps them
// (草稿 / 已签发 / 已撤回, version, 发文字号, date) with what can be done to them — New draft from
// results, Open, Delete draft, Retract… (with a reason), New version of a finalised one — and
// below them the BulletinEditor of the one open. Agency… edits the store's bulletin settings
// (AgencyDialog).
//
// Section "draft" opens the round's newest bulletin and, when the round has none, drafts one from
// its results (for the screenshot of the editor); when neither can be done (no round, no agency
// set) the area shows with the reason in its status line.
//
// Threading: GUI thread only (the thread that owns the Store).

#include "AreaPage.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace xj {

class BulletinEditor;
class BulletinListModel;
class Store;

class BulletinView : public AreaPage {
    Q_OBJECT
public:
    explicit BulletinView(Store &store, QWidget *parent = nullptr);

    static QStringList sections() { return {QString(), QStringLiteral("draft")}; }
    void reload() override;
    bool showSection(const QString &section) override;
    bool isSettled() const override;

    QString roundId() const;
    bool selectRound(const QString &id);

    // The actions, also for the tests; each says why it failed in *error.
    qint64 newDraft(QString *error = nullptr);
    bool openBulletin(qint64 id, QString *error = nullptr);
    bool deleteDraft(qint64 id, QString *error = nullptr);
    bool retract(qint64 id, const QString &reason, QString *error = nullptr);
    qint64 newVersion(qint64 id, QString *error = nullptr);
    // The bulletin selected in the list, 0 when none.
    qint64 selectedId() const;

    QComboBox *roundBox() const { return m_rounds; }
    QTableView *list() const { return m_list; }
    BulletinListModel *listModel() const { return m_model; }
    BulletinEditor *editor() const { return m_editor; }

private:
    void reloadList();
    void updateActions();
    void complain(const QString &what, const QString &error);

    Store &m_store;
    QComboBox *m_rounds;
    QTableView *m_list;
    BulletinListModel *m_model;
    BulletinEditor *m_editor;
    QLabel *m_status;
    QPushButton *m_new;
    QPushButton *m_open;
    QPushButton *m_delete;
    QPushButton *m_retract;
    QPushButton *m_version;
};

} // namespace xj
