#pragma once
// The interface language: zh_CN by default, English complete too; compiled translations are
// embedded (:/i18n). The choice is kept in QSettings ("ui/language"); without one the system
// locale decides, and anything but English means Chinese.

#include <QString>
#include <QStringList>

namespace xj {

class Language {
public:
    // "zh_CN" or "en".
    static QStringList available();
    static QString saved();                 // empty when the user never chose
    static void save(const QString &code);  // takes effect at the next start
    static QString effective();             // saved, else from the system locale
    // Installs our translator and Qt's own for `code` on the running application.
    static bool install(const QString &code);
};

} // namespace xj
