#pragma once

#include "qualys/AuthRecord.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <optional>

namespace qualys {

class QualysClient;

// Every Qualys authentication record of every vault-capable type as one table (type, title,
// IPs, login type, vault, secret name, user name), read through a borrowed QualysClient.
// reload() asks for each type and replaces the rows once every answer is in.
class AuthRecordModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TypeColumn,
        TitleColumn,
        IpsColumn,
        LoginTypeColumn,
        VaultColumn,
        SecretNameColumn,
        UserNameColumn,
        ColumnCount
    };
    enum Role { RecordIdRole = Qt::UserRole + 1, RecordTypeRole };

    explicit AuthRecordModel(QObject *parent = nullptr);

    void setClient(QualysClient *client); // borrowed; nullptr clears the rows
    void reload();
    bool isLoading() const { return m_loading; }
    QString errorMessage() const { return m_error; }

    // Only records of this type are shown; nullopt shows every type.
    void setTypeFilter(std::optional<AuthRecordType> type);
    std::optional<AuthRecordType> typeFilter() const { return m_filter; }

    std::optional<AuthRecord> record(int row) const;
    // The row of a record by type and ID, or -1.
    int rowOf(AuthRecordType type, int id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void loadingChanged(bool loading);
    // Every type answered; ok is false (with the first failure's message) when one failed.
    void loaded(bool ok, const QString &message);

private:
    void applyFilter();

    QPointer<QualysClient> m_client;
    QList<AuthRecord> m_all;
    QList<AuthRecord> m_shown;
    std::optional<AuthRecordType> m_filter;
    bool m_loading = false;
    QString m_error;
    quint64 m_generation = 0;
};

} // namespace qualys
