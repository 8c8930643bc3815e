#pragma once

#include "models/ModelRow.h"
#include "secretserver/CallResult.h"
#include "secretserver/Paging.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace secretserver {
class PendingCall;
class RestClient;
} // namespace secretserver

// Base of the flat, server-backed lists (secrets, users, groups, audits...): pages fetched
// on demand through fetchMore(), a trailing loading row after a moment, an error row that
// stays until retry(). The RestClient is borrowed; the model never outlives its use of it.
class RemoteListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Status { Idle, Loading, Failed };
    Q_ENUM(Status)

    ~RemoteListModel() override;

    void setClient(secretserver::RestClient *client);
    secretserver::RestClient *client() const;

    // Records per request; lists that are small by nature fetch everything in one go.
    void setPageSize(int pageSize) { m_pageSize = qMax(1, pageSize); }
    int pageSize() const { return m_pageSize; }

    Status status() const { return m_status; }
    QString errorMessage() const { return m_errorMessage; }
    // What the server said the whole list holds (0 before the first page).
    int serverTotal() const { return m_serverTotal; }
    // Loaded records, without the status row.
    virtual int recordCount() const = 0;
    bool isStatusRow(int row) const { return row >= recordCount(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

public slots:
    // Drops what is loaded and fetches the first page again.
    void reload();
    // After an error: removes the error row and asks again for the page that failed.
    void retry();

signals:
    void statusChanged(RemoteListModel::Status status);
    void pageLoaded();

protected:
    explicit RemoteListModel(QObject *parent = nullptr);

    // Starts the request for records [skip, skip + take) and answers through deliver().
    // Requests of an older generation (before a reload) are ignored when they come back.
    virtual secretserver::PendingCall *requestPage(int skip, int take, quint64 generation) = 0;
    virtual int columns() const = 0;
    virtual QVariant recordData(int row, int column, int role) const = 0;
    virtual void clearRecords() = 0;
    // Lists that are not paged on the server fetch everything at once.
    virtual bool isPaged() const { return true; }

    template<typename T>
    void deliver(quint64 generation, const secretserver::Result<secretserver::Page<T>> &result,
                 QList<T> &records)
    {
        const auto &page = result.value;
        deliverPage(generation, result, int(page.records.size()), page.total, page.hasNext,
                    [&records, &page] { records += page.records; });
    }

    void deliverPage(quint64 generation, const secretserver::CallResult &result, int count,
                     int total, bool hasNext, const std::function<void()> &append);
    // For subclasses that build their own rows: fail the current generation with a message.
    void failCurrent(const QString &message);
    quint64 generation() const { return m_generation; }
    // Column 0 of a status row, for headerData-free views and proxies.
    QVariant statusRowData(int column, int role) const;

private:
    enum class StatusRow { None, Loading, Error };

    void startPage();
    void setStatus(Status status);
    void showStatusRow(StatusRow row);

    QPointer<secretserver::RestClient> m_client;
    QPointer<secretserver::PendingCall> m_call;
    QTimer m_loadingDelay;
    quint64 m_generation = 0;
    int m_pageSize = 100;
    int m_serverTotal = 0;
    bool m_started = false;
    bool m_hasNext = true;
    Status m_status = Status::Idle;
    StatusRow m_statusRow = StatusRow::None;
    QString m_errorMessage;
};
