#pragma once
// The checklist of one site or account in a round (issue 6, 检查记录表): every indicator of the
// active set that applies to its kind. An automatic one shows its findings by state (pending /
// confirmed / dismissed); double-clicking one of them emits findingActivated() for the review
// list. A manual-only one (办事指南 elements, sampled search titles, 兼容性, 问题地图 …) shows the
// steps to do and a pass / fail / not applicable choice with a note and an optional screenshot,
// saved at once through ReviewRecords::setChecklistEntry on the version last read. When another
// inspector saved the entry meanwhile, ReviewConflictDialog shows both; the inspector takes theirs
// or applies theirs' version plus the change again.
//
// The header says how many items are still undecided (ChecklistSheet::isUndecided) and the score
// as it stands (ScoreCard::load for the object, pending findings never counted). "Print…" and
// "Save as PDF…" typeset the 检查记录表 (ChecklistSheet) with BulletinTypesetter.
//
// Threading: all members are called from the GUI thread (the thread that owns the Store).

#include "ReviewRecords.h"

#include <QDialog>
#include <functional>
#include <memory>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTreeWidget;

namespace xj {

class EvidenceScreenshots;
struct BulletinDocument;

class ChecklistDialog : public QDialog {
    Q_OBJECT
public:
    // Column 0 of the item tree keeps the indicator code in this role.
    static constexpr int kIndicatorRole = Qt::UserRole;

    ChecklistDialog(Store &store, const QString &roundId, ObjectType type, qint64 objectId, QWidget *parent = nullptr);
    ~ChecklistDialog() override;

    // Reads the checklist, the entries and the score again.
    void reload();
    QString objectName() const { return m_objectName; }
    const QList<ChecklistItem> &items() const { return m_items; }
    int undecidedCount() const;

    // Shows one indicator's details; false when it is not on the checklist.
    bool selectIndicator(const QString &indicator);
    QString currentIndicator() const;
    // Saves the manual result (pass, fail, na, undecided) and note of the current manual-only item
    // at once; on a conflict asks (ReviewConflictDialog). False when nothing was saved.
    bool setResult(const QString &result);
    bool setNote(const QString &note);
    // Keeps a PNG as the current entry's screenshot (EvidenceScreenshots: store and WARC).
    bool attachScreenshot(const QByteArray &png, const QString &url);

    // Where "Screenshot from the review pane" takes its picture: PNG and page URL; unset hides it.
    using ScreenshotSource = std::function<QPair<QByteArray, QString>()>;
    void setScreenshotSource(ScreenshotSource source);

    // The 检查记录表 as typeset; savePdf writes it (BulletinTypesetter::pdf).
    BulletinDocument recordSheet() const;
    bool savePdf(const QString &path, QString *error);
    void printPreview(); // QPrintPreviewDialog painted by BulletinTypesetter::print

    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

    QTreeWidget *itemTree() const { return m_tree; }
    QLabel *undecidedLabel() const { return m_undecided; }
    QLabel *scoreLabel() const { return m_score; }
    QLabel *stepsLabel() const { return m_steps; }
    QListWidget *findingList() const { return m_findings; }
    QRadioButton *resultButton(const QString &result) const;
    QLineEdit *noteEdit() const { return m_note; }
    QLabel *messageLabel() const { return m_message; }

signals:
    void findingActivated(qint64 findingId);
    // A manual entry was saved (by this dialog).
    void entrySaved(const QString &indicator);

private:
    void fillTree();
    void showDetails();
    void updateSummary();
    bool save(ChecklistEntry entry); // the shared path of result, note, screenshot
    void chooseScreenshotFile();
    const ChecklistItem *current() const;

    Store &m_store;
    ReviewRecords m_records;
    std::unique_ptr<EvidenceScreenshots> m_screenshots;
    QString m_roundId;
    ObjectType m_type;
    qint64 m_objectId;
    QString m_objectName;
    QString m_actor;
    QString m_scoreText;
    QList<ChecklistItem> m_items;
    ScreenshotSource m_screenshotSource;
    bool m_filling = false;

    QLabel *m_title;
    QLabel *m_undecided;
    QLabel *m_score;
    QTreeWidget *m_tree;
    QStackedWidget *m_details;
    QLabel *m_counts;
    QListWidget *m_findings;
    QLabel *m_steps;
    QButtonGroup *m_result;
    QLineEdit *m_note;
    QLabel *m_shotLabel;
    QPushButton *m_paneShot;
    QLabel *m_message;
};

} // namespace xj
