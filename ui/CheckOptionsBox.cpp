#include "CheckOptionsBox.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>

namespace xj {

namespace {
QSpinBox *spin(const char *name, int min, int max, const QString &tip)
{
    auto *box = new QSpinBox;
    box->setObjectName(QLatin1String(name));
    box->setRange(min, max);
    box->setToolTip(tip);
    box->setAccelerated(true);
    return box;
}
} // namespace

CheckOptionsBox::CheckOptionsBox(QWidget *parent)
    : QGroupBox(tr("Options"), parent),
      m_jobs(spin("jobsBox", 1, 64, tr("Requests in flight at once, all hosts together"))),
      m_perHost(spin("perHostBox", 1, 16, tr("Requests in flight to one host"))),
      m_interval(spin("hostIntervalBox", 0, 60000, tr("Time between two requests to one host"))),
      m_sample(spin("sampleBox", 0, 50, tr("Content pages fetched from each column page"))),
      m_maxPages(spin("maxPagesBox", 1, 100000, tr("Home page, column pages and content pages together"))),
      m_robots(new QCheckBox(tr("Obey robots.txt"))), m_tls(new QCheckBox(tr("Allow certificate errors"))),
      m_analyse(new QCheckBox(tr("Analyse pages")))
{
    setObjectName(QStringLiteral("checkOptions"));
    m_interval->setSuffix(tr(" ms"));
    m_interval->setSingleStep(100);
    m_robots->setObjectName(QStringLiteral("robotsBox"));
    m_robots->setToolTip(tr("Inspections may check pages that robots.txt closes to crawlers"));
    m_tls->setObjectName(QStringLiteral("tlsBox"));
    m_tls->setToolTip(tr("Certificate errors are recorded either way; allowed, the page is still fetched and checked"));
    m_analyse->setObjectName(QStringLiteral("analyseBox"));
    m_analyse->setToolTip(tr("Dates, footer identifiers, hidden links, wording and maps on every page, then the site-level "
                             "rules; off, only pages and links are checked"));

    auto *grid = new QGridLayout(this);
    grid->setHorizontalSpacing(8);
    auto add = [grid](int row, int col, const QString &label, QWidget *field) {
        auto *l = new QLabel(label);
        l->setBuddy(field);
        grid->addWidget(l, row, col * 2);
        grid->addWidget(field, row, col * 2 + 1);
    };
    add(0, 0, tr("&Requests at once:"), m_jobs);
    add(0, 1, tr("Per &host:"), m_perHost);
    add(0, 2, tr("&Pause per host:"), m_interval);
    add(1, 0, tr("&Sample per column:"), m_sample);
    add(1, 1, tr("&Max pages per site:"), m_maxPages);
    grid->addWidget(m_robots, 0, 6);
    grid->addWidget(m_tls, 1, 6);
    grid->addWidget(m_analyse, 0, 7);
    grid->setColumnStretch(8, 1);
    for (int c : {1, 3, 5})
        grid->setColumnMinimumWidth(c, 90);

    CheckOptions defaults;
    setOptions(defaults);
}

CheckOptions CheckOptionsBox::options(const QString &roundId) const
{
    CheckOptions o;
    o.roundId = roundId;
    o.policy.maxConcurrent = m_jobs->value();
    o.policy.maxPerHost = m_perHost->value();
    o.policy.hostIntervalMs = m_interval->value();
    o.samplePerColumn = m_sample->value();
    o.maxPagesPerSite = m_maxPages->value();
    o.policy.obeyRobots = m_robots->isChecked();
    o.policy.tlsErrorsAllowed = m_tls->isChecked();
    o.analyse = m_analyse->isChecked();
    return o;
}

void CheckOptionsBox::setOptions(const CheckOptions &o)
{
    m_jobs->setValue(o.policy.maxConcurrent);
    m_perHost->setValue(o.policy.maxPerHost);
    m_interval->setValue(o.policy.hostIntervalMs);
    m_sample->setValue(o.samplePerColumn);
    m_maxPages->setValue(o.maxPagesPerSite);
    m_robots->setChecked(o.policy.obeyRobots);
    m_tls->setChecked(o.policy.tlsErrorsAllowed);
    m_analyse->setChecked(o.analyse);
}

} // namespace xj
