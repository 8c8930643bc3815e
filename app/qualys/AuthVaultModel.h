#pragma once

#include "qualys/AuthRecord.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace qualys {

class QualysClient;

// The Qualys authentication vaults as a table (title, type, ID, last modified), read
// through a borrowed QualysClient. reload() replaces the rows when the answer arrives.
class AuthVaultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, TypeColumn, IdColumn, ModifiedColumn, ColumnCount };
    enum Role { VaultIdRole = Qt::UserRole + 1 };

    explicit AuthVaultModel(QObject *parent = nullptr);

    void setClient(QualysClient *client); // borrowed; nullptr clears the rows
    void reload();
    bool isLoading() const { return m_loading; }
    QString errorMessage() const { return m_error; }
    std::optional<AuthVault> vault(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void loaded(bool ok, const QString &message);

private:
    QPointer<QualysClient> m_client;
    QList<AuthVault> m_vaults;
    bool m_loading = false;
    QString m_error;
    quint64 m_generation = 0;
};

} // namespace qualys
