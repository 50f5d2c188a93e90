#include "ReviewConflictDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace xj {

ReviewConflictDialog::ReviewConflictDialog(const Fields &mine, const Fields &theirs, const QString &theirAuthor, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget)
{
    setObjectName(QStringLiteral("reviewConflict"));
    setWindowTitle(tr("The finding was changed meanwhile"));
    auto *intro = new QLabel(tr("%1 changed this finding after you opened it. Compare the versions and choose which one stands.")
                                 .arg(theirAuthor.isEmpty() ? tr("Another inspector") : theirAuthor));
    intro->setWordWrap(true);
    QStringList labels;
    for (const auto &f : mine)
        labels << f.first;
    for (const auto &f : theirs)
        if (!labels.contains(f.first))
            labels << f.first;
    auto valueOf = [](const Fields &fields, const QString &label) {
        for (const auto &f : fields)
            if (f.first == label)
                return f.second;
        return QString();
    };
    m_table->setColumnCount(3);
    m_table->setRowCount(int(labels.size()));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Mine"), tr("Theirs (stored)")});
    for (int r = 0; r < labels.size(); ++r) {
        const QString a = valueOf(mine, labels[r]);
        const QString b = valueOf(theirs, labels[r]);
        m_table->setItem(r, 0, new QTableWidgetItem(labels[r]));
        m_table->setItem(r, 1, new QTableWidgetItem(a));
        m_table->setItem(r, 2, new QTableWidgetItem(b));
        if (a != b)
            for (int c = 0; c < 3; ++c)
                m_table->item(r, c)->setBackground(QColor(0xff, 0xf0, 0xb0));
    }
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox;
    QPushButton *theirsButton = buttons->addButton(tr("Take theirs"), QDialogButtonBox::RejectRole);
    QPushButton *mineButton = buttons->addButton(tr("Apply mine again"), QDialogButtonBox::AcceptRole);
    theirsButton->setObjectName(QStringLiteral("takeTheirs"));
    mineButton->setObjectName(QStringLiteral("reapplyMine"));
    connect(theirsButton, &QPushButton::clicked, this, [this] {
        m_choice = TakeTheirs;
        accept();
    });
    connect(mineButton, &QPushButton::clicked, this, [this] {
        m_choice = ReapplyMine;
        accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(640, 360);
}

} // namespace xj
