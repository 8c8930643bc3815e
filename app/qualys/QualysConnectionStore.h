#pragma once

#include "qualys/QualysConnection.h"

#include <QObject>
#include <QSettings>
#include <memory>
#include <optional>

namespace qualys {

// The saved Qualys connections: their non-secret fields in QSettings, one group per id.
// Passwords never pass through here; CredentialStore keeps them under the connection's id.
class QualysConnectionStore : public QObject
{
    Q_OBJECT

public:
    explicit QualysConnectionStore(QObject *parent = nullptr); // the application's settings
    explicit QualysConnectionStore(const QString &iniFile, QObject *parent = nullptr);
    ~QualysConnectionStore() override;

    QList<QualysConnection> connections() const; // ordered by name
    std::optional<QualysConnection> connection(const QUuid &id) const;
    bool contains(const QUuid &id) const;

    // Adds or replaces; empty on success, otherwise what is wrong (translated).
    QStringList save(const QualysConnection &connection);
    bool remove(const QUuid &id);

    QString fileName() const;

signals:
    void connectionSaved(const QUuid &id);
    // Wire to CredentialStore::removeAll so the keychain entry goes too.
    void connectionRemoved(const QUuid &id);

private:
    static QString groupFor(const QUuid &id);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace qualys
