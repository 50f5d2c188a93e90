#include "LinkJudge.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace xj {

QString registrableDomain(const QString &hostIn)
{
    const QString host = hostIn.toLower();
    const QStringList labels = host.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    if (labels.size() <= 2)
        return host;
    static const QSet<QString> secondLevel = {QStringLiteral("gov"), QStringLiteral("com"), QStringLiteral("org"),
                                              QStringLiteral("net"), QStringLiteral("edu"), QStringLiteral("ac")};
    const int n = int(labels.size());
    const bool cnSecond = labels.last() == QLatin1String("cn") && secondLevel.contains(labels[n - 2]);
    const int keep = cnSecond ? 3 : 2;
    return labels.mid(n - keep).join(QLatin1Char('.'));
}

bool LinkJudge::looksLikeNotFound(const QString &title, const QString &visibleText)
{
    static const QRegularExpression notFound(
        // "404" only as an error code: not "第404号" in a document number, nor part of a longer number.
        QStringLiteral("(?<![0-9第])404(?![0-9号])|页面不存在|页面未找到|找不到|未找到|不存在或已删除|已被删除|已删除|无法找到|"
                       "not\\s*found|page\\s+does\\s+not\\s+exist"),
        QRegularExpression::CaseInsensitiveOption);
    if (notFound.match(title).hasMatch())
        return true;
    // A short page whose opening says so; a long page that mentions 404 somewhere is content.
    return visibleText.size() < 1500 && notFound.match(visibleText.left(300)).hasMatch();
}

bool LinkJudge::looksParked(const QString &title, const QString &visibleText)
{
    static const QRegularExpression parked(
        QStringLiteral("域名(正在)?(出售|转让|停放)|此域名|域名已过期|buy this domain|domain (is )?for sale|parked (free|domain)|"
                       "this domain (has expired|may be for sale)|domain parking"),
        QRegularExpression::CaseInsensitiveOption);
    return parked.match(title).hasMatch() || parked.match(visibleText.left(2000)).hasMatch();
}

bool LinkJudge::servesContent(int status, const QString &title, const QString &visibleText)
{
    if (status < 200 || status >= 300)
        return false;
    static const QRegularExpression notice(QStringLiteral("已关停|已下线|停止运行|已停止|关闭|迁移至|已整合|暂停访问|维护中"));
    if (visibleText.size() < 500 && (notice.match(title).hasMatch() || notice.match(visibleText).hasMatch()))
        return false;
    return visibleText.trimmed().size() >= 50;
}

QString LinkJudge::authority(const QUrl &url)
{
    const QString host = url.host().toLower();
    return url.port() > 0 ? host + QLatin1Char(':') + QString::number(url.port()) : host;
}

LinkVerdict LinkJudge::judge(const QUrl &requested, const QUrl &final, int status, const QString &error,
                             const QString &title, const QString &visibleText) const
{
    const QString host = requested.host().toLower();
    if (m_closedHosts.contains(authority(requested)))
        return {LinkVerdict::ClosedSite, tr("links to %1, a site registered as shut down").arg(authority(requested))};
    if (!error.isEmpty() && error != QLatin1String("ok"))
        return {LinkVerdict::Broken, status > 0 ? QStringLiteral("HTTP %1 (%2)").arg(status).arg(error) : error};
    if (status >= 400 || status == 0)
        return {LinkVerdict::Broken, QStringLiteral("HTTP %1").arg(status)};
    if (status < 200 || status >= 300)
        return {};
    const QString finalHost = final.host().toLower();
    if (!finalHost.isEmpty() && registrableDomain(finalHost) != registrableDomain(host)) {
        if (looksParked(title, visibleText))
            return {LinkVerdict::ParkedRedirect, tr("redirected to %1, a parked domain: %2").arg(finalHost, title.left(80))};
        // A government link that lands outside government domains is worth a person's look.
        if (host.endsWith(QLatin1String(".gov.cn")) && !finalHost.endsWith(QLatin1String(".gov.cn")))
            return {LinkVerdict::UnrelatedRedirect, tr("%1 redirected to %2").arg(host, finalHost)};
    }
    const auto sig = m_notFound.constFind(finalHost.isEmpty() ? host : finalHost);
    if (sig != m_notFound.constEnd() && sig->isValid() && !title.isNull()) {
        const int len = int(visibleText.size());
        const bool sameTitle = title == sig->title;
        const bool sameSize = sig->textLength > 0 && std::abs(len - sig->textLength) <= std::max(40, sig->textLength / 10);
        if (sameTitle && sameSize)
            return {LinkVerdict::SoftNotFound, tr("answers 200 with the site's own not-found page: %1").arg(title.left(80))};
    }
    if (!title.isNull() && looksLikeNotFound(title, visibleText))
        return {LinkVerdict::SoftNotFound, tr("answers 200 but says the page is not found: %1").arg(title.left(80))};
    return {};
}

} // namespace xj
