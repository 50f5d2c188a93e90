#include "SignerKeychain.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace xj {

SignerKeychain::SignerKeychain(QObject *parent)
    : QObject(parent)
{
}

QString SignerKeychain::serviceName()
{
    return QStringLiteral("Xunjian signing certificates");
}

QString SignerKeychain::keyFor(const QString &pkcs12Path)
{
    QFile f(pkcs12Path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QStringLiteral("pkcs12:") + QString::fromLatin1(hash.result().toHex());
}

void SignerKeychain::read(const QString &pkcs12Path)
{
    const QString key = keyFor(pkcs12Path);
    if (key.isEmpty()) {
        QTimer::singleShot(0, this, [this, pkcs12Path] { emit passwordRead(pkcs12Path, false, {}, tr("%1 cannot be read").arg(pkcs12Path)); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setInsecureFallback(false); // never a plain-text copy
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, pkcs12Path](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        const bool ok = read->error() == QKeychain::NoError;
        emit passwordRead(pkcs12Path, ok, ok ? read->textData() : QString(), ok ? QString() : read->errorString());
    });
    job->start();
}

void SignerKeychain::store(const QString &pkcs12Path, const QString &password)
{
    const QString key = keyFor(pkcs12Path);
    if (key.isEmpty()) {
        QTimer::singleShot(0, this, [this, pkcs12Path] { emit stored(pkcs12Path, false, tr("%1 cannot be read").arg(pkcs12Path)); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, pkcs12Path](QKeychain::Job *j) {
        const bool ok = j->error() == QKeychain::NoError;
        emit stored(pkcs12Path, ok, ok ? QString() : j->errorString());
    });
    job->start();
}

void SignerKeychain::forget(const QString &pkcs12Path)
{
    const QString key = keyFor(pkcs12Path);
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, pkcs12Path](QKeychain::Job *j) {
        const bool ok = j->error() == QKeychain::NoError;
        emit forgotten(pkcs12Path, ok, ok ? QString() : j->errorString());
    });
    job->start();
}

} // namespace xj
