#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace xj {

QStringList Language::available()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString Language::saved()
{
    const QString v = QSettings().value(QStringLiteral("ui/language")).toString();
    return available().contains(v) ? v : QString();
}

void Language::save(const QString &code)
{
    QSettings().setValue(QStringLiteral("ui/language"), code);
}

QString Language::effective()
{
    const QString env = qEnvironmentVariable("XUNJIAN_LANG");
    if (available().contains(env))
        return env;
    const QString s = saved();
    if (!s.isEmpty())
        return s;
    return QLocale::system().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("zh_CN");
}

bool Language::install(const QString &code)
{
    static QTranslator *ours = nullptr;
    static QTranslator *qt = nullptr;
    auto *app = QCoreApplication::instance();
    for (QTranslator *t : {ours, qt}) {
        if (t) {
            app->removeTranslator(t);
            delete t;
        }
    }
    ours = new QTranslator(app);
    qt = new QTranslator(app);
    const bool ok = ours->load(QStringLiteral(":/i18n/xunjian_%1.qm").arg(code));
    if (ok)
        app->installTranslator(ours);
    if (qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qt);
    QLocale::setDefault(QLocale(code == QLatin1String("en") ? QStringLiteral("en_US") : code));
    return ok;
}

} // namespace xj
