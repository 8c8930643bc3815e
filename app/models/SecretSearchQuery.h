#pragma once

#include "models/SecretListModel.h"

#include <QModelIndex>
#include <QString>
#include <QStringList>
#include <optional>

// The search typed in the Secrets screen, parsed: plain words, field-qualified terms
// (template:, folder:, user:, heartbeat:) and status filters (is:...). Pure logic: it says
// which parts the server filters (serverFilter) and which the loaded rows must pass (accepts).
class SecretSearchQuery
{
public:
    // Status filters written as is:<name>.
    enum class Status {
        CheckedOut, // is:checked-out
        HeartbeatFailed, // is:heartbeat-failed (any failing heartbeat status)
        Restricted, // is:restricted (approval, comment or DoubleLock)
        CheckOutRequired, // is:checkout-required
        Inactive, // is:inactive (asks the server for inactive secrets too)
    };

    static SecretSearchQuery parse(const QString &text);

    // Plain words, joined by one space (quotes removed).
    QString text() const { return m_text; }
    QString templateName() const { return m_templateName; }
    std::optional<int> templateId() const { return m_templateId; }
    QString folderPath() const { return m_folderPath; }
    std::optional<int> folderId() const { return m_folderId; }
    QString userName() const { return m_userName; }
    QString heartbeatStatus() const { return m_heartbeatStatus; }
    QList<Status> statuses() const { return m_statuses; }
    bool hasStatus(Status status) const { return m_statuses.contains(status); }
    // Terms that were not understood, translated, one per term; the rest still applies.
    QStringList problems() const { return m_problems; }
    bool isEmpty() const;

    // The search the server runs: base (the folder chosen in the tree) with this query's
    // server-side parts applied. Plain words go to the server unless user: takes the
    // server's one search text; then they are matched locally.
    SecretFilter serverFilter(const SecretFilter &base = {}) const;
    // Whether a loaded row of a SecretListModel passes what the server could not filter.
    bool accepts(const QModelIndex &sourceIndex) const;
    // True when accepts() can reject anything.
    bool hasLocalTerms() const;

    // The secret field user: searches (the template's "username" field slug).
    static QString userFieldSlug();
    // Whether a heartbeat status name is a failure (reference §10, HeartbeatStatus).
    static bool isFailedHeartbeat(const QString &status);
    // The is: names, for help text and completion.
    static QStringList statusNames();

    bool operator==(const SecretSearchQuery &) const = default;

private:
    void addTerm(const QString &key, const QString &value);

    QString m_text;
    QString m_templateName;
    std::optional<int> m_templateId;
    QString m_folderPath;
    std::optional<int> m_folderId;
    QString m_userName;
    QString m_heartbeatStatus;
    QList<Status> m_statuses;
    QStringList m_problems;
};
