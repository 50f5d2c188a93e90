// The signer's password in the system keychain: keys follow the certificate's content, a store and
// read back works where a keychain service runs (the round trip is checked then), and where none
// runs (this CI machine has no Secret Service) every call answers promptly with an error and
// nothing is written anywhere in plain text (QtKeychain's fallback into QSettings stays off).

#include "FinaliseDialog.h"
#include "SignerKeychain.h"
#include "TestSupport.h"

#include <QCheckBox>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QtTest>

using namespace xj;
using namespace xj::test;

class TestSignerKeychain : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("XunjianTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_signerkeychain"));
        QStandardPaths::setTestModeEnabled(true);
    }

    void keysFollowTheContent()
    {
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("a.p12")), "certificate one"));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("copy.p12")), "certificate one"));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("b.p12")), "certificate two"));
        const QString a = SignerKeychain::keyFor(m_dir.filePath(QStringLiteral("a.p12")));
        QVERIFY(a.startsWith(QStringLiteral("pkcs12:")));
        QCOMPARE(a.size(), 7 + 64);
        QCOMPARE(SignerKeychain::keyFor(m_dir.filePath(QStringLiteral("copy.p12"))), a);
        QVERIFY(SignerKeychain::keyFor(m_dir.filePath(QStringLiteral("b.p12"))) != a);
        QVERIFY(SignerKeychain::keyFor(m_dir.filePath(QStringLiteral("missing.p12"))).isEmpty());
    }

    void storeAndReadBackOrAClearRefusal()
    {
        const QString p12 = m_dir.filePath(QStringLiteral("a.p12"));
        SignerKeychain keychain;
        QSignalSpy stored(&keychain, &SignerKeychain::stored);
        keychain.store(p12, QStringLiteral("口令 secret"));
        QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, 30000);
        const bool ok = stored.first().at(1).toBool();
        QSignalSpy read(&keychain, &SignerKeychain::passwordRead);
        keychain.read(p12);
        QTRY_COMPARE_WITH_TIMEOUT(read.size(), 1, 30000);
        if (ok) {
            QVERIFY(read.first().at(1).toBool());
            QCOMPARE(read.first().at(2).toString(), QStringLiteral("口令 secret"));
            QSignalSpy forgotten(&keychain, &SignerKeychain::forgotten);
            keychain.forget(p12);
            QTRY_COMPARE_WITH_TIMEOUT(forgotten.size(), 1, 30000);
        } else {
            QVERIFY(!stored.first().at(2).toString().isEmpty()); // says why
            QVERIFY(!read.first().at(1).toBool());
            QVERIFY(read.first().at(2).toString().isEmpty());
            QVERIFY(!read.first().at(3).toString().isEmpty());
        }
        // Never a plain-text copy in the application's settings.
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("secret")), qPrintable(key));
        QSignalSpy unreadable(&keychain, &SignerKeychain::passwordRead);
        keychain.read(m_dir.filePath(QStringLiteral("missing.p12")));
        QTRY_COMPARE(unreadable.size(), 1);
        QVERIFY(!unreadable.first().at(1).toBool());
    }

    void finaliseDialogAsksTheKeychain()
    {
        // Choosing a certificate asks the keychain; without a service the note says so and the
        // password field stays empty (nothing invented, nothing read from anywhere else).
        FinaliseDialog dialog(QStringLiteral("临澜市政务服务数据管理局"), QString(), QDate(2026, 12, 1));
        auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("rememberPassword"));
        QVERIFY(remember);
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("keychainNote"));
        QVERIFY(note);
        const QString before = note->text();
        dialog.setCertificate(m_dir.filePath(QStringLiteral("b.p12")), QString());
        QTRY_VERIFY_WITH_TIMEOUT(note->text() != before, 30000);
        QVERIFY(note->text().contains(QStringLiteral("keychain")));
    }
};

QTEST_MAIN(TestSignerKeychain)
#include "tst_signerkeychain.moc"
