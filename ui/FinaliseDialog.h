#pragma once
// What finalising a bulletin needs (the 签发 of a draft): the signing certificate (PKCS#12) and its
// password, the seal pressed over name and date (a transparent image, or the sample seal marked
// 样章), the folder for the attachments, the 发文字号 template (pre-filled from the store's
// bulletin.number_template) and the 成文日期. accept() opens the certificate and the seal and
// refuses, saying why, when either cannot be used, so that the work started afterwards does not fail
// on them. The password is used to open the certificate and then cleared: it is never written to a
// file; when asked, it is kept in the system keychain (SignerKeychain) and read from there next time.
//
// Threading: GUI thread only. The identity it opened may be handed to a worker (read-only).

#include "BulletinPublisher.h"

#include <QDialog>
#include <memory>

class QCheckBox;

namespace xj {

namespace Ui {
class FinaliseDialog;
}
class SignerKeychain;

class FinaliseDialog : public QDialog {
    Q_OBJECT
public:
    FinaliseDialog(const QString &agency, const QString &numberTemplate, const QDate &date, QWidget *parent = nullptr);
    ~FinaliseDialog() override;

    void setCertificate(const QString &pkcs12Path, const QString &password);
    void setSeal(const QString &imagePath); // "sample": the sample seal
    void setAttachmentsDir(const QString &dir);
    void setPdfCopy(const QString &path);

    void accept() override;

    // After accept(): signer, seal, attachments folder, number template and year filled in.
    const PublishOptions &options() const { return m_options; }
    QDate date() const;
    QString pdfCopy() const; // empty: none
    QString validationText() const;

private:
    void browse(const QString &what);

    std::unique_ptr<Ui::FinaliseDialog> m_ui;
    QString m_agency;
    QCheckBox *m_remember = nullptr;
    SignerKeychain *m_keychain = nullptr;
    PublishOptions m_options;
};

} // namespace xj
