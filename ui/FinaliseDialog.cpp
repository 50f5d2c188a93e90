#include "FinaliseDialog.h"

#include "SealImage.h"
#include "SignerKeychain.h"
#include "ui_FinaliseDialog.h"

#include <QApplication>
#include <QBoxLayout>
#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

namespace xj {

FinaliseDialog::FinaliseDialog(const QString &agency, const QString &numberTemplate, const QDate &date, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FinaliseDialog>()), m_agency(agency)
{
    m_ui->setupUi(this);
    m_ui->intro->setText(tr("Finalising takes the next 发文字号, typesets it into the bulletin, signs the PDF and keeps it "
                            "in the store unchangeable. A finalised bulletin can be retracted or superseded by a new "
                            "version, never edited."));
    m_ui->keychainNote->setText(tr("The password opens the certificate. It is never written to a file; it is kept only in "
                                   "the system keychain, and only when you ask for that."));
    m_ui->keychainNote->setStyleSheet(QStringLiteral("color: palette(dark);"));
    // The system keychain: a password kept there for this certificate fills the field; "remember"
    // keeps the one typed. Without a keychain service the box is off and says why.
    m_remember = new QCheckBox(tr("Remember the password in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    if (auto *box = qobject_cast<QBoxLayout *>(m_ui->keychainNote->parentWidget()->layout()))
        box->insertWidget(box->indexOf(m_ui->keychainNote), m_remember);
    m_keychain = new SignerKeychain(this);
    connect(m_keychain, &SignerKeychain::passwordRead, this,
            [this](const QString &path, bool ok, const QString &password, const QString &error) {
                if (path != m_ui->pkcs12Path->text().trimmed())
                    return;
                if (ok && m_ui->password->text().isEmpty()) {
                    m_ui->password->setText(password);
                    m_remember->setChecked(true);
                    m_ui->keychainNote->setText(tr("The password was taken from the system keychain."));
                } else if (!ok) {
                    m_ui->keychainNote->setText(tr("The password opens the certificate and is then forgotten (system keychain: %1).")
                                                    .arg(error));
                }
            });
    connect(m_ui->pkcs12Path, &QLineEdit::textChanged, this, [this](const QString &path) {
        if (QFileInfo(path.trimmed()).isFile())
            m_keychain->read(path.trimmed());
    });
    m_ui->validation->hide();
    m_ui->numberTemplate->setText(numberTemplate);
    m_ui->date->setDate(date.isValid() ? date : QDate::currentDate());
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Finalise and sign"));
    connect(m_ui->sampleSeal, &QCheckBox::toggled, this, [this](bool sample) {
        m_ui->sealPath->setEnabled(!sample);
        m_ui->sealBrowse->setEnabled(!sample);
    });
    connect(m_ui->pkcs12Browse, &QToolButton::clicked, this, [this] { browse(QStringLiteral("pkcs12")); });
    connect(m_ui->sealBrowse, &QToolButton::clicked, this, [this] { browse(QStringLiteral("seal")); });
    connect(m_ui->attachmentsBrowse, &QToolButton::clicked, this, [this] { browse(QStringLiteral("attachments")); });
    connect(m_ui->pdfBrowse, &QToolButton::clicked, this, [this] { browse(QStringLiteral("pdf")); });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &FinaliseDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &FinaliseDialog::reject);
}

FinaliseDialog::~FinaliseDialog()
{
    m_ui->password->clear();
}

void FinaliseDialog::setCertificate(const QString &pkcs12Path, const QString &password)
{
    m_ui->pkcs12Path->setText(pkcs12Path);
    m_ui->password->setText(password);
}

void FinaliseDialog::setSeal(const QString &imagePath)
{
    const bool sample = imagePath == QLatin1String("sample");
    m_ui->sampleSeal->setChecked(sample);
    m_ui->sealPath->setText(sample ? QString() : imagePath);
}

void FinaliseDialog::setAttachmentsDir(const QString &dir)
{
    m_ui->attachmentsDir->setText(dir);
}

void FinaliseDialog::setPdfCopy(const QString &path)
{
    m_ui->pdfPath->setText(path);
}

QDate FinaliseDialog::date() const
{
    return m_ui->date->date();
}

QString FinaliseDialog::pdfCopy() const
{
    return m_ui->pdfPath->text().trimmed();
}

QString FinaliseDialog::validationText() const
{
    return m_ui->validation->isVisible() ? m_ui->validation->text() : QString();
}

void FinaliseDialog::browse(const QString &what)
{
    QString chosen;
    if (what == QLatin1String("pkcs12"))
        chosen = QFileDialog::getOpenFileName(this, tr("Signing certificate"), m_ui->pkcs12Path->text(),
                                              tr("PKCS#12 certificates (*.p12 *.pfx);;All files (*)"));
    else if (what == QLatin1String("seal"))
        chosen = QFileDialog::getOpenFileName(this, tr("Seal image"), m_ui->sealPath->text(),
                                              tr("Images (*.png *.tif *.tiff *.webp);;All files (*)"));
    else if (what == QLatin1String("attachments"))
        chosen = QFileDialog::getExistingDirectory(this, tr("Attachments folder"), m_ui->attachmentsDir->text());
    else
        chosen = QFileDialog::getSaveFileName(this, tr("Copy of the signed PDF"), m_ui->pdfPath->text(), tr("PDF (*.pdf)"));
    if (chosen.isEmpty())
        return;
    QLineEdit *edit = what == QLatin1String("pkcs12") ? m_ui->pkcs12Path
        : what == QLatin1String("seal")              ? m_ui->sealPath
        : what == QLatin1String("attachments")       ? m_ui->attachmentsDir
                                                     : m_ui->pdfPath;
    edit->setText(chosen);
}

void FinaliseDialog::accept()
{
    auto refuse = [this](const QString &why) {
        m_ui->validation->setText(why);
        m_ui->validation->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: 600;"));
        m_ui->validation->show();
    };
    const QString p12 = m_ui->pkcs12Path->text().trimmed();
    if (p12.isEmpty() || !QFileInfo(p12).isFile())
        return refuse(tr("Choose the signing certificate (a PKCS#12 file)."));
    QString error;
    m_options = {};
    m_options.signer = SigningIdentity::fromPkcs12(p12, m_ui->password->text(), &error);
    if (m_options.signer && m_remember->isChecked()) {
        // Stored by a keychain object of its own: the job outlives this dialog.
        auto *keeper = new SignerKeychain(qApp);
        connect(keeper, &SignerKeychain::stored, keeper, &QObject::deleteLater);
        keeper->store(p12, m_ui->password->text());
    }
    m_ui->password->clear(); // used once, never kept here
    if (!m_options.signer)
        return refuse(error);
    if (m_ui->sampleSeal->isChecked()) {
        m_options.typeset.seal = SealImage::sample(m_agency);
    } else if (!m_ui->sealPath->text().trimmed().isEmpty()) {
        m_options.typeset.seal = SealImage::load(m_ui->sealPath->text().trimmed(), &error);
        if (m_options.typeset.seal.isNull())
            return refuse(error);
    }
    m_options.attachmentsDir = m_ui->attachmentsDir->text().trimmed();
    m_options.numberTemplate = m_ui->numberTemplate->text().trimmed();
    m_options.year = date().year();
    m_options.signOptions.reason = tr("通报发布");
    m_ui->validation->hide();
    QDialog::accept();
}

} // namespace xj
