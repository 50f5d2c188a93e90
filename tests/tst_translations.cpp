// zh_CN complete, English complete, and both in step with the sources: every string the code
// marks for translation (lupdate run afresh) is in the committed .ts files and translated.
#include "Language.h"
#include "Vocabulary.h"

#include <QDir>
#include <QProcess>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

using namespace xj;

namespace {
struct Message {
    QString context;
    QString source;
    bool finished = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context;
    Message current;
    bool inMessage = false;
    QString translation;
    bool unfinished = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name") && !inMessage)
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message")) {
                inMessage = true;
                current = {context, {}, false};
                translation.clear();
                unfinished = false;
            } else if (xml.name() == QLatin1String("source") && inMessage) {
                current.source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation") && inMessage) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                unfinished = !type.isEmpty();
            } else if (xml.name() == QLatin1String("numerusform") && inMessage) {
                const QString form = xml.readElementText();
                translation += form.isEmpty() ? QString() : form;
                if (form.isEmpty())
                    unfinished = true;
            }
        } else if (xml.isCharacters() && inMessage && !xml.isWhitespace()) {
            translation += xml.text().toString();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            current.finished = !unfinished && !translation.trimmed().isEmpty();
            out.append(current);
            inMessage = false;
        }
    }
    return out;
}
} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
    const QString m_dir = QStringLiteral(XJ_SOURCE_DIR "/translations");

private slots:
    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("zh_CN") << QStringLiteral("xunjian_zh_CN.ts");
        QTest::newRow("en") << QStringLiteral("xunjian_en.ts");
    }
    void everyMessageIsTranslated()
    {
        QFETCH(QString, file);
        const auto messages = readTs(QDir(m_dir).filePath(file));
        QVERIFY(messages.size() > 100);
        QStringList missing;
        for (const Message &m : messages)
            if (!m.finished)
                missing << m.context + QStringLiteral(": ") + m.source;
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 untranslated in %2, e.g.\n%3")
                                                   .arg(missing.size())
                                                   .arg(file, missing.mid(0, 15).join(QLatin1Char('\n')))));
    }

    void tsFilesAreInStepWithTheSources()
    {
        QTemporaryDir tmp;
        const QString fresh = tmp.filePath(QStringLiteral("fresh.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(XJ_SOURCE_DIR));
        lupdate.start(QStringLiteral("/usr/lib/qt6/bin/lupdate"),
                      {QStringLiteral("-silent"), QStringLiteral("app"), QStringLiteral("models"), QStringLiteral("checks"),
                       QStringLiteral("bulletin"), QStringLiteral("ui"), QStringLiteral("-ts"), fresh});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QCOMPARE(lupdate.exitCode(), 0);
        QSet<QString> committed;
        for (const Message &m : readTs(QDir(m_dir).filePath(QStringLiteral("xunjian_zh_CN.ts"))))
            committed.insert(m.context + QLatin1Char('\x1f') + m.source);
        QStringList absent;
        for (const Message &m : readTs(fresh))
            if (!committed.contains(m.context + QLatin1Char('\x1f') + m.source))
                absent << m.context + QStringLiteral(": ") + m.source;
        QVERIFY2(absent.isEmpty(), qPrintable(QStringLiteral("run scripts/update-translations and translate; %1 new strings, e.g.\n%2")
                                                  .arg(absent.size())
                                                  .arg(absent.mid(0, 15).join(QLatin1Char('\n')))));
    }

    // The UI's Chinese labels are the very terms of data-formats.md and the bulletin.
    void chineseLabelsAreTheCanonicalTerms()
    {
        QVERIFY(Language::install(QStringLiteral("zh_CN")));
        for (SiteKind k : Vocabulary<SiteKind>::values())
            QCOMPARE(Vocabulary<SiteKind>::label(k), Vocabulary<SiteKind>::zh(k));
        for (ObjectStatus s : Vocabulary<ObjectStatus>::values())
            QCOMPARE(Vocabulary<ObjectStatus>::label(s), Vocabulary<ObjectStatus>::zh(s));
        for (StatusEvent e : Vocabulary<StatusEvent>::values())
            QCOMPARE(Vocabulary<StatusEvent>::label(e), Vocabulary<StatusEvent>::zh(e));
        for (UnitKind k : Vocabulary<UnitKind>::values())
            QCOMPARE(Vocabulary<UnitKind>::label(k), Vocabulary<UnitKind>::zh(k));
        for (Platform p : Vocabulary<Platform>::values())
            QCOMPARE(Vocabulary<Platform>::label(p), Vocabulary<Platform>::zh(p));
        for (ColumnCategory c : Vocabulary<ColumnCategory>::values())
            QCOMPARE(Vocabulary<ColumnCategory>::label(c), Vocabulary<ColumnCategory>::zh(c));
        QVERIFY(Language::install(QStringLiteral("en")));
        QCOMPARE(Vocabulary<SiteKind>::label(SiteKind::Portal), QStringLiteral("Portal website"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
