#pragma once
// The options of a check run, as the Checks view offers them: requests in flight (all hosts, one
// host), the pause between two requests to one host, content pages sampled per column, pages per
// site at most, robots.txt and certificate errors. Starts with the defaults of CheckOptions and
// its FetchPolicy (CheckOptions::checkPolicy()), the same the `xunjian check` command uses.
//
// Threading: GUI thread only.

#include "RoundCheck.h"

#include <QGroupBox>

class QCheckBox;
class QSpinBox;

namespace xj {

class CheckOptionsBox : public QGroupBox {
    Q_OBJECT
public:
    explicit CheckOptionsBox(QWidget *parent = nullptr);

    // The options shown, for this round; resume is left as CheckOptions has it.
    CheckOptions options(const QString &roundId) const;
    void setOptions(const CheckOptions &options);

    QSpinBox *jobsBox() const { return m_jobs; }
    QSpinBox *perHostBox() const { return m_perHost; }
    QSpinBox *hostIntervalBox() const { return m_interval; }
    QSpinBox *sampleBox() const { return m_sample; }
    QSpinBox *maxPagesBox() const { return m_maxPages; }
    QCheckBox *robotsBox() const { return m_robots; }
    QCheckBox *tlsBox() const { return m_tls; }
    QCheckBox *analyseBox() const { return m_analyse; }

private:
    QSpinBox *m_jobs;
    QSpinBox *m_perHost;
    QSpinBox *m_interval;
    QSpinBox *m_sample;
    QSpinBox *m_maxPages;
    QCheckBox *m_robots;
    QCheckBox *m_tls;
    QCheckBox *m_analyse;
};

} // namespace xj
