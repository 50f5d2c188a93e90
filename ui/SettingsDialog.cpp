#include "SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include "IndicatorSetDialog.h"
#include "Language.h"
#include "StoreOpening.h"

#include <QDir>

namespace xj {

SettingsDialog::SettingsDialog(Store &store, QWidget *parent)
    : QDialog(parent), m_store(store), m_sets(store), m_ui(new Ui::SettingsDialog)
{
    const StoreLocation &current = store.location();
    m_ui->setupUi(this);
    // Each language is named in itself, whatever the interface language.
    m_ui->languageCombo->addItem(QString::fromUtf8("中文 (简体)"), QStringLiteral("zh_CN"));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->setCurrentIndex(std::max(0, m_ui->languageCombo->findData(Language::effective())));
    m_ui->currentPath->setText(current.backend == StoreLocation::Backend::Sqlite ? QDir::toNativeSeparators(current.path)
                                                                                 : current.display());
    m_ui->defaultPath->setText(QDir::toNativeSeparators(defaultStorePath()));
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::languageChosen);
    connect(m_ui->editSetsButton, &QPushButton::clicked, this, &SettingsDialog::openIndicatorSets);
    languageChosen();
    showActiveSet();
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::chosenLanguage() const
{
    return m_ui->languageCombo->currentData().toString();
}

void SettingsDialog::languageChosen()
{
    QString note = chosenLanguage() == Language::effective() ? tr("The interface is in this language.")
                                                             : tr("The language changes the next time Xunjian starts.");
    if (!qEnvironmentVariableIsEmpty("XUNJIAN_LANG"))
        note += QLatin1Char(' ') + tr("XUNJIAN_LANG is set and decides the language while it is.");
    m_ui->languageNote->setText(note);
}

void SettingsDialog::showActiveSet()
{
    const IndicatorSet active = m_sets.active();
    m_ui->activeSet->setText(active.id > 0 ? active.label() : tr("%1 (built-in, not stored: %2)").arg(active.label(), m_store.lastError()));
}

IndicatorSetDialog *SettingsDialog::openIndicatorSets()
{
    auto *dialog = new IndicatorSetDialog(m_sets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &IndicatorSetDialog::setsChanged, this, &SettingsDialog::showActiveSet);
    dialog->open();
    return dialog;
}

void SettingsDialog::accept()
{
    if (chosenLanguage() != Language::saved())
        Language::save(chosenLanguage());
    QDialog::accept();
}

} // namespace xj
