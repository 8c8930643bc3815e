#pragma once

#include "SessionScreen.h"
#include "secretserver/CallResult.h"
#include "secretserver/ServerConfiguration.h"

#include <QPointer>
#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;
class VaultSession;

// The Server settings screen: the Secret Server settings vault-backed scanning depends on
// (web services, HTTPS, HSTS, remote password changing, heartbeat, check-out defaults), each
// with its value, its effect on scanning, a severity and where to change it. Read-only.
class ServerSettingsScreen : public SessionScreen
{
    Q_OBJECT

public:
    enum class Severity { BlocksScanning, WorthKnowing, Fine };
    Q_ENUM(Severity)

    explicit ServerSettingsScreen(QWidget *parent = nullptr);
    ~ServerSettingsScreen() override;

    void setSession(VaultSession *session) override;

    // Reads the three configuration areas again.
    void refresh();

    // Whether every area has answered since the last refresh (some may have failed).
    bool isLoaded() const { return m_pending == 0 && m_generation > 0; }
    // Keys of the rows shown ("webServices", "forceHttps", …); empty without a session.
    QStringList settingKeys() const;
    std::optional<Severity> severityOf(const QString &key) const;
    QString valueTextOf(const QString &key) const;
    QTreeWidget *view() const { return m_view; }

signals:
    // Every area answered after refresh().
    void refreshed();

private:
    void areaRead(secretserver::ConfigurationArea area,
                  const secretserver::Result<secretserver::ServerConfiguration> &result);
    void rebuild();

    QPointer<VaultSession> m_session;
    QObject *m_readContext = nullptr; // parent of the reads of the current refresh
    QTreeWidget *m_view;
    QLabel *m_summary;
    QPushButton *m_refresh;
    int m_pending = 0;
    int m_generation = 0;
    std::optional<secretserver::ServerConfiguration> m_general;
    std::optional<secretserver::ServerConfiguration> m_security;
    std::optional<secretserver::ServerConfiguration> m_rpc;
    QStringList m_failures;
    bool m_webServicesRefused = false; // a read was refused because web services are off
};
