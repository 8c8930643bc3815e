#pragma once

#include "models/RemoteListModel.h"
#include "secretserver/Directory.h"

// The vault's users as a paged server-side search, e.g. to pick the Qualys application
// account. Holds UserSummary fields only.
class UsersModel : public RemoteListModel
{
    Q_OBJECT

public:
    enum Column { UserNameColumn, DisplayNameColumn, DomainColumn, StateColumn,
                  ApplicationAccountColumn, LastLoginColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        UserIdRole = ModelRow::FirstModelRole,
        UserNameRole,
        DisplayNameRole,
        DomainRole,
        EnabledRole,
        LockedOutRole,
        ApplicationAccountRole,
        LastLoginRole,
    };
    Q_ENUM(Role)

    explicit UsersModel(QObject *parent = nullptr);

    // Searches again when the text or the inactive switch changed (and a client is set).
    void setSearch(const QString &searchText, bool includeInactive = false);
    const secretserver::User *userAt(int row) const;

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    int recordCount() const override { return int(m_records.size()); }

protected:
    secretserver::PendingCall *requestPage(int skip, int take, quint64 generation) override;
    int columns() const override { return ColumnCount; }
    QVariant recordData(int row, int column, int role) const override;
    void clearRecords() override { m_records.clear(); }

private:
    QVariant displayText(const secretserver::User &user, int column) const;

    secretserver::UserQuery m_query;
    QList<secretserver::User> m_records;
};
