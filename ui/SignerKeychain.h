#pragma once
// The signer's certificate password kept in the system keychain (Secret Service / KWallet on
// Linux, Keychain on macOS, Credential Manager on Windows) through QtKeychain — never in a file or
// in QSettings: the plain-text fallback of QtKeychain is off. The entry is named by the PKCS#12
// file's content (SHA-256), so a renamed or moved certificate keeps its password and a new
// certificate at the same path does not get the old one.
//
// Where no keychain service runs (a server, a bare X session) every call fails with a message and
// the finalise dialog simply asks for the password each time.
//
// Threading: all members are called from the GUI thread; answers come as signals from its event loop.

#include <QObject>
#include <QString>

namespace xj {

class SignerKeychain : public QObject {
    Q_OBJECT

public:
    explicit SignerKeychain(QObject *parent = nullptr);

    // The keychain key of a certificate file: "pkcs12:<sha256 of its bytes>"; empty when unreadable.
    static QString keyFor(const QString &pkcs12Path);
    static QString serviceName(); // "Xunjian signing certificates"

    void read(const QString &pkcs12Path);
    void store(const QString &pkcs12Path, const QString &password);
    void forget(const QString &pkcs12Path);

signals:
    // ok false: nothing stored for it, or no keychain here (error says which).
    void passwordRead(const QString &pkcs12Path, bool ok, const QString &password, const QString &error);
    void stored(const QString &pkcs12Path, bool ok, const QString &error);
    void forgotten(const QString &pkcs12Path, bool ok, const QString &error);
};

} // namespace xj
