#pragma once

#include "models/RemoteListModel.h"
#include "secretserver/Secret.h"

#include <optional>

// What the secret list asks the server for; every change starts a new search.
struct SecretFilter
{
    QString searchText;
    QString searchField; // field slug searchText applies to; empty = the secret name
    std::optional<int> folderId;
    bool includeSubFolders = false;
    std::optional<int> templateId;
    QString heartbeatStatus; // "Success", "Failed"...; empty = any
    bool includeInactive = false;
    bool includeRestricted = true;

    bool operator==(const SecretFilter &) const = default;
};

// The secrets of a vault as a server-side search: paged through fetchMore(), sorted by the
// server (sort() searches again), filtered by SecretFilter. Holds only SecretSummary, which
// has no field values: a password can never reach this model or its views.
class SecretListModel : public RemoteListModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TemplateColumn, FolderColumn, CheckedOutColumn, HeartbeatColumn,
                  RestrictionsColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SecretIdRole = ModelRow::FirstModelRole,
        NameRole,
        FolderIdRole,
        FolderPathRole,
        TemplateIdRole,
        TemplateNameRole,
        CheckedOutRole,
        CheckedOutByRole,
        CheckOutEnabledRole,
        HeartbeatStatusRole,
        RestrictedRole,
        RequiresApprovalRole,
        RequiresCommentRole,
        DoubleLockRole,
        HidesLauncherPasswordRole,
        InheritsPermissionsRole,
        ActiveRole,
        AutoChangeRole,
    };
    Q_ENUM(Role)

    explicit SecretListModel(QObject *parent = nullptr);

    SecretFilter filter() const { return m_filter; }
    // Searches again when the filter changed (and a client is set).
    void setFilter(const SecretFilter &filter);

    const secretserver::SecretSummary *secretAt(int row) const;

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // The server field a column sorts by; empty when the server cannot sort by it.
    static QString sortField(int column);

    int recordCount() const override { return int(m_records.size()); }

protected:
    secretserver::PendingCall *requestPage(int skip, int take, quint64 generation) override;
    int columns() const override { return ColumnCount; }
    QVariant recordData(int row, int column, int role) const override;
    void clearRecords() override { m_records.clear(); }

private:
    QVariant displayText(const secretserver::SecretSummary &secret, int column) const;
    QString restrictionsText(const secretserver::SecretSummary &secret) const;

    SecretFilter m_filter;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<secretserver::SecretSummary> m_records;
};
