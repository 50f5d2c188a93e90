#pragma once
// Small pieces the registry dialogs share: combos of a vocabulary (label shown, code as data),
// the editable owner-unit combo, and the inline message that says why OK is disabled.
//
// Threading: all members are called from the GUI thread.

#include "Store.h"
#include "TableSchema.h"
#include "Vocabulary.h"

#include <QComboBox>
#include <QHash>
#include <optional>

class QDialogButtonBox;
class QLabel;

namespace xj {

// Items are the translated labels; item data the stored codes.
template <typename E>
void fillVocabularyCombo(QComboBox *combo, const QList<E> &values)
{
    combo->clear();
    for (E v : values)
        combo->addItem(Vocabulary<E>::label(v), Vocabulary<E>::code(v));
}

template <typename E>
std::optional<E> comboValue(const QComboBox *combo)
{
    return Vocabulary<E>::fromCode(combo->currentData().toString());
}

template <typename E>
void setComboValue(QComboBox *combo, E value)
{
    combo->setCurrentIndex(combo->findData(Vocabulary<E>::code(value)));
}

// The owner combo of the site and account dialogs: every unit, editable, completing on any part
// of a name. A name that is no unit yet becomes a new unit when the dialog saves.
class UnitChooser {
public:
    void attach(QComboBox *combo, const QList<Unit> &units, qint64 currentId);
    QString name() const;       // the trimmed text
    qint64 existingId() const;  // 0 when the text names no unit
    // The unit's id, inserting the unit when it is new; 0 (see store.lastError()) on failure.
    qint64 resolve(Store &store) const;

private:
    QComboBox *m_combo = nullptr;
    QHash<QString, qint64> m_ids;
};

// What the import and export dialogs call each table ("New-media accounts").
QString tableKindLabel(TableKind kind);

// Shows why the dialog cannot be accepted (error = true, red) or a note (neutral); an empty text
// hides the label. Enables the OK button exactly when no error is shown.
void showValidation(QLabel *label, QDialogButtonBox *buttons, const QString &error, const QString &note = {});

} // namespace xj
