#pragma once
// The indicators of one indicator set as an editable table for IndicatorSetDialog: code, 名称,
// severity, objective, cap, enabled — one row per indicator of the catalog. The model holds a copy
// of the set and edits it; nothing is stored until the dialog saves it as a new version. The
// parameters of an indicator are edited beside the table (IndicatorParamsEditor) through
// setParam(), so that the model stays the one owner of the edited set.
//
// Threading: GUI thread only.

#include "IndicatorSet.h"

#include <QAbstractTableModel>

namespace xj {

class IndicatorSetModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CodeColumn, NameColumn, SeverityColumn, ObjectiveColumn, CapColumn, EnabledColumn, ColumnCount };

    explicit IndicatorSetModel(QObject *parent = nullptr);

    // Shows this set, unmodified.
    void setSet(const IndicatorSet &set);
    // The set as edited.
    const IndicatorSet &set() const { return m_set; }
    // True when the indicators differ from the set last given to setSet().
    bool isModified() const { return m_modified; }
    QString codeAt(int row) const;
    int rowOf(const QString &code) const;

    void setParam(const QString &code, const QString &key, const QJsonValue &value);

    // The severities a set may give, as stored ("veto", "deduct", "notice").
    static QStringList severities();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void modifiedChanged(bool modified);

private:
    void edited(const IndicatorSettings &s);

    IndicatorSet m_set;
    IndicatorSet m_original;
    QStringList m_codes; // catalog order
    bool m_modified = false;
};

} // namespace xj
