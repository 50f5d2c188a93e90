#include "RanksDialog.h"

#include "MediaRecords.h"
#include "ui_RanksDialog.h"

#include <QMessageBox>

namespace xj {

RanksDialog::RanksDialog(Store &store, const QString &roundId, QWidget *parent)
    : QDialog(parent), m_store(store), m_roundId(roundId), m_ui(std::make_unique<Ui::RanksDialog>())
{
    m_ui->setupUi(this);
    m_ui->intro->setText(tr("Round %1: the city's ranks among the province's cities, as the province publishes them. "
                            "0 leaves a rank unset.").arg(roundId));
    for (QSpinBox *box : {m_ui->linkedRank, m_ui->openRank})
        box->setSpecialValueText(tr("not set"));
    const auto [linked, open] = MediaRecords(store).ranks(roundId);
    setRanks(linked.value_or(0), open.value_or(0));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &RanksDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &RanksDialog::reject);
}

RanksDialog::~RanksDialog() = default;

void RanksDialog::setRanks(int linked, int open)
{
    m_ui->linkedRank->setValue(linked);
    m_ui->openRank->setValue(open);
}

void RanksDialog::accept()
{
    auto rank = [](int v) { return v > 0 ? std::optional<int>(v) : std::nullopt; };
    // Saved at once, so that the figure is never only on screen.
    if (!MediaRecords(m_store).setRanks(m_roundId, rank(m_ui->linkedRank->value()), rank(m_ui->openRank->value()))) {
        QMessageBox::warning(this, windowTitle(), tr("The ranks could not be saved: %1").arg(m_store.lastError()));
        return;
    }
    QDialog::accept();
}

} // namespace xj
