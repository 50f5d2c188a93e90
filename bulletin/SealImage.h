#pragma once
// A sample round seal for the demo and the tests: the agency's name along the upper arc, a
// five-pointed star in the middle and 样章 ("sample seal") below it, red on a transparent ground.
// It is marked as a sample on purpose: a real bureau scans its own seal (a transparent PNG) and
// gives that to the typesetter instead.
//
// Threads: any (QImage and QPainter on an image work off the GUI thread; a QGuiApplication must
// exist for the fonts).

#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace xj {

class SealImage {
    Q_DECLARE_TR_FUNCTIONS(SealImage)

public:
    // A square image `sizePx` wide, premultiplied ARGB, transparent outside the seal.
    static QImage sample(const QString &agency, int sizePx = 1000);
    // Loads a seal image; a clear error names the file when it is not an image or has no
    // transparency (a seal printed over text must let the text show through).
    static QImage load(const QString &path, QString *error = nullptr);
};

} // namespace xj
