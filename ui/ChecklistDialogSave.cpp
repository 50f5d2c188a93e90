// ChecklistDialog: saving an entry (with the conflict dialog), screenshots, the 检查记录表.
#include "ChecklistDialog.h"

#include "BulletinTypesetter.h"
#include "ChecklistSheet.h"
#include "EvidenceScreenshots.h"
#include "ReviewConflictDialog.h"

#include <QBuffer>
#include <QButtonGroup>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QUrl>

namespace xj {

namespace {

const char *const kResults[] = {"pass", "fail", "na"};

ReviewConflictDialog::Fields fieldsOf(const ChecklistEntry &e)
{
    return {{ReviewRecords::tr("result"), ReviewRecords::checklistResultLabel(e.result)},
            {ReviewRecords::fieldLabel(QStringLiteral("note")), e.note},
            {ChecklistDialog::tr("Screenshot"), e.screenshotId ? QString::number(e.screenshotId) : QString()}};
}

} // namespace

QRadioButton *ChecklistDialog::resultButton(const QString &result) const
{
    for (int i = 0; i < 3; ++i)
        if (result == QLatin1String(kResults[i]))
            return qobject_cast<QRadioButton *>(m_result->button(i));
    return nullptr;
}

bool ChecklistDialog::setResult(const QString &result)
{
    const ChecklistItem *item = current();
    if (!item || !item->manualOnly)
        return false;
    ChecklistEntry e = item->entry.value_or(ChecklistEntry());
    e.result = result;
    return save(e);
}

bool ChecklistDialog::setNote(const QString &note)
{
    const ChecklistItem *item = current();
    if (!item || !item->manualOnly)
        return false;
    ChecklistEntry e = item->entry.value_or(ChecklistEntry());
    if (e.note == note)
        return true;
    e.note = note;
    return save(e);
}

bool ChecklistDialog::attachScreenshot(const QByteArray &png, const QString &url)
{
    const ChecklistItem *item = current();
    if (!item || !item->manualOnly || png.isEmpty())
        return false;
    if (!m_screenshots)
        m_screenshots = std::make_unique<EvidenceScreenshots>(m_store, m_actor);
    QString error, warning;
    const qint64 id = m_screenshots->add(0, png, {}, url, QStringLiteral("captured"), m_actor, &error, &warning, m_roundId);
    if (!id) {
        m_message->setText(error);
        return false;
    }
    ChecklistEntry e = item->entry.value_or(ChecklistEntry());
    e.screenshotId = id;
    const bool ok = save(e);
    if (ok && !warning.isEmpty())
        m_message->setText(warning);
    return ok;
}

void ChecklistDialog::chooseScreenshotFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Screenshot"), QString(), tr("Images (*.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    QImage image(path);
    if (image.isNull()) {
        m_message->setText(tr("%1 is not an image this program can read.").arg(path));
        return;
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    attachScreenshot(png, QUrl::fromLocalFile(path).toString());
}

void ChecklistDialog::setScreenshotSource(ScreenshotSource source)
{
    m_screenshotSource = std::move(source);
    m_paneShot->setVisible(bool(m_screenshotSource));
}

bool ChecklistDialog::save(ChecklistEntry entry)
{
    const ChecklistItem *item = current();
    if (!item)
        return false;
    const QString indicator = item->indicator;
    const int expected = item->entry ? item->entry->version : 0;
    entry.roundId = m_roundId;
    entry.objectType = m_type;
    entry.objectId = m_objectId;
    entry.indicator = indicator;
    ChecklistEntry theirs;
    QString error;
    auto outcome = m_records.setChecklistEntry(entry, expected, m_actor, &theirs, &error);
    if (outcome == ReviewRecords::Outcome::Conflict) {
        ReviewConflictDialog dialog(fieldsOf(entry), fieldsOf(theirs), tr("%1 at %2").arg(theirs.actor,
                                    theirs.updatedAt.toLocalTime().toString(Qt::ISODate)), this);
        dialog.setObjectName(QStringLiteral("checklistConflict"));
        dialog.exec();
        if (dialog.choice() == ReviewConflictDialog::ReapplyMine) {
            outcome = m_records.setChecklistEntry(entry, theirs.version, m_actor, &theirs, &error);
            if (outcome == ReviewRecords::Outcome::Conflict)
                error = tr("The entry changed again meanwhile; nothing was saved.");
        } else {
            outcome = ReviewRecords::Outcome::Unchanged; // theirs stands: show it
            error = tr("Kept %1's entry.").arg(theirs.actor);
        }
    }
    reload();
    selectIndicator(indicator);
    switch (outcome) {
    case ReviewRecords::Outcome::Saved:
        m_message->setText(tr("Saved."));
        emit entrySaved(indicator);
        return true;
    case ReviewRecords::Outcome::Unchanged:
        if (!error.isEmpty())
            m_message->setText(error);
        return error.isEmpty();
    default:
        m_message->setText(error);
        return false;
    }
}

BulletinDocument ChecklistDialog::recordSheet() const
{
    ChecklistSheetInput in;
    in.objectName = m_objectName;
    in.roundLabel = m_roundId;
    in.inspector = m_actor;
    in.date = QDate::currentDate();
    in.score = m_scoreText;
    in.items = m_items;
    return ChecklistSheet::document(in);
}

bool ChecklistDialog::savePdf(const QString &path, QString *error)
{
    BulletinTypesetter typesetter;
    const QByteArray pdf = typesetter.pdf(recordSheet(), error);
    return !pdf.isEmpty() && BulletinTypesetter::writeFile(path, pdf, error);
}

void ChecklistDialog::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    const BulletinDocument doc = recordSheet();
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [doc](QPrinter *p) {
        BulletinTypesetter typesetter;
        typesetter.print(doc, p);
    });
    preview.exec();
}

} // namespace xj
