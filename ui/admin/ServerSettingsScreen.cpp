#include "admin/ServerSettingsScreen.h"

#include "secretserver/RestClient.h"
#include "session/VaultSession.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcServerSettings, "scanvault.ui.serversettings")

using namespace secretserver;

namespace {

enum Column { SettingColumn, ValueColumn, SeverityColumn, EffectColumn, WhereColumn, ColumnCount };
constexpr int KeyRole = Qt::UserRole;
constexpr int SeverityRole = Qt::UserRole + 1;

using Severity = ServerSettingsScreen::Severity;

// One row as shown: what the setting is, what it is now and what that means for scanning.
struct SettingRow
{
    QString key;
    QString label;
    QString value;
    Severity severity = Severity::Fine;
    QString effect;
    QString where;
};

QString onOff(bool on)
{
    return on ? QCoreApplication::translate("ServerSettingsScreen", "On")
              : QCoreApplication::translate("ServerSettingsScreen", "Off");
}

// A boolean setting: its effect when on and when off, and which of the two blocks or warns.
SettingRow boolRow(const ServerConfiguration &config, const QString &path, const QString &key,
                   const QString &label, const QString &where, Severity whenOn,
                   const QString &effectOn, Severity whenOff, const QString &effectOff)
{
    SettingRow row { key, label, {}, Severity::WorthKnowing, {}, where };
    const QJsonValue value = config.value(path);
    if (!value.isBool()) {
        row.value = QCoreApplication::translate("ServerSettingsScreen", "Not reported");
        row.effect = QCoreApplication::translate(
                "ServerSettingsScreen",
                "This server does not report the setting; check it in Secret Server.");
        return row;
    }
    row.value = onOff(value.toBool());
    row.severity = value.toBool() ? whenOn : whenOff;
    row.effect = value.toBool() ? effectOn : effectOff;
    return row;
}

QList<SettingRow> generalRows(const ServerConfiguration &general)
{
    QList<SettingRow> rows;
    rows << boolRow(
            general, QStringLiteral("applicationSettings.enableWebServices"),
            QStringLiteral("webServices"),
            QCoreApplication::translate("ServerSettingsScreen", "Web services"),
            QCoreApplication::translate(
                    "ServerSettingsScreen",
                    "Admin > Configuration > General > Application Settings > Enable Web "
                    "Services"),
            Severity::Fine,
            QCoreApplication::translate("ServerSettingsScreen",
                                        "The Qualys appliance can log in to the web services."),
            Severity::BlocksScanning,
            QCoreApplication::translate(
                    "ServerSettingsScreen",
                    "Web services off: the Qualys appliance cannot log in at all — every "
                    "vault-backed record fails."));
    // The appliance talks to the SOAP web services (qualys-api.md, vault record "url"). The
    // switch is not in secret-server-api.md §8 (the sandbox has it): shown only when reported.
    if (general.value(QStringLiteral("applicationSettings.allowSoapWebServices")).isBool())
        rows << boolRow(
                general, QStringLiteral("applicationSettings.allowSoapWebServices"),
                QStringLiteral("soapWebServices"),
                QCoreApplication::translate("ServerSettingsScreen", "SOAP web services"),
                QCoreApplication::translate(
                        "ServerSettingsScreen",
                        "Admin > Configuration > General > Application Settings > Enable Web "
                        "Services (SOAP)"),
                Severity::Fine,
                QCoreApplication::translate(
                        "ServerSettingsScreen",
                        "The appliance's SOAP endpoint (sswebservice.asmx) answers."),
                Severity::BlocksScanning,
                QCoreApplication::translate(
                        "ServerSettingsScreen",
                        "SOAP off: the appliance uses the SOAP web services and cannot read any "
                        "secret — every vault-backed record fails."));
    // Inference (secret-server-api.md §8 names the switch only): the appliance signs in with a
    // user name and password, which this setting refuses.
    rows << boolRow(
            general, QStringLiteral("applicationSettings.preventDirectApiAuthentication"),
            QStringLiteral("preventDirectApi"),
            QCoreApplication::translate("ServerSettingsScreen",
                                        "Prevent direct API authentication"),
            QCoreApplication::translate("ServerSettingsScreen",
                                        "Admin > Configuration > General > Application Settings"),
            Severity::BlocksScanning,
            QCoreApplication::translate(
                    "ServerSettingsScreen",
                    "Direct API logins with a user name and password are refused, which is "
                    "how the appliance logs in: vault-backed records fail."),
            Severity::Fine,
            QCoreApplication::translate(
                    "ServerSettingsScreen",
                    "The appliance may log in with its user name and password."));
    const QJsonValue failures = general.value(QStringLiteral("login.maximumLoginFailures"));
    if (failures.isDouble()) {
        rows << SettingRow {
            QStringLiteral("maximumLoginFailures"),
            QCoreApplication::translate("ServerSettingsScreen", "Maximum login failures"),
            QString::number(failures.toInt()),
            Severity::WorthKnowing,
            QCoreApplication::translate(
                    "ServerSettingsScreen",
                    "After this many wrong passwords the account locks out; a vault "
                    "record with a stale password can lock the Qualys account and "
                    "then every record using it fails."),
            QCoreApplication::translate("ServerSettingsScreen",
                                        "Admin > Configuration > Login > Maximum Login Failures")
        };
    }
    const QJsonValue timeout
            = general.value(QStringLiteral("applicationSettings.apiSessionTimeoutMinutes"));
    if (timeout.isDouble()) {
        rows << SettingRow {
            QStringLiteral("apiSessionTimeout"),
            QCoreApplication::translate("ServerSettingsScreen", "API session timeout"),
            QCoreApplication::translate("ServerSettingsScreen", "%n minute(s)", nullptr,
                                        timeout.toInt()),
            Severity::Fine,
            QCoreApplication::translate(
                    "ServerSettingsScreen",
                    "The appliance logs in at the start of each scan; a short timeout "
                    "does not affect it."),
            QCoreApplication::translate("ServerSettingsScreen",
                                        "Admin > Configuration > General > Application Settings > "
                                        "Session Timeout for Web Services")
        };
    }
    return rows;
}

QList<SettingRow> securityRows(const ServerConfiguration &security)
{
    QList<SettingRow> rows;
    rows << boolRow(
            security, QStringLiteral("forceHttps"), QStringLiteral("forceHttps"),
            QCoreApplication::translate("ServerSettingsScreen", "Force HTTPS"),
            QCoreApplication::translate("ServerSettingsScreen",
                                        "Admin > Configuration > Security > Force HTTPS"),
            Severity::Fine,
            QCoreApplication::translate(
                    "ServerSettingsScreen",
                    "Only https:// works; the Qualys vault record must use an https:// URL "
                    "(it should anyway)."),
            Severity::WorthKnowing,
            QCoreApplication::translate(
                    "ServerSettingsScreen",
                    "Plain HTTP is accepted: make sure the Qualys vault record uses https:// "
                    "so the credentials are not sent in clear."));
    rows << boolRow(
            security, QStringLiteral("enableHSTS"), QStringLiteral("hsts"),
            QCoreApplication::translate("ServerSettingsScreen", "HSTS"),
            QCoreApplication::translate("ServerSettingsScreen",
                                        "Admin > Configuration > Security > Enable HSTS"),
            Severity::Fine,
            QCoreApplication::translate("ServerSettingsScreen",
                                        "Browsers stay on HTTPS; no effect on the appliance."),
            Severity::Fine,
            QCoreApplication::translate(
                    "ServerSettingsScreen",
                    "No effect on scanning; browsers are not told to stay on HTTPS."));
    return rows;
}

QList<SettingRow> rpcRows(const ServerConfiguration &rpc)
{
    QList<SettingRow> rows;
    rows << boolRow(
            rpc, QStringLiteral("enableRpc"), QStringLiteral("rpc"),
            QCoreApplication::translate("ServerSettingsScreen", "Remote password changing"),
            QCoreApplication::translate(
                    "ServerSettingsScreen",
                    "Admin > Remote Password Changing > Edit > Enable Remote Password Changing"),
            Severity::Fine,
            QCoreApplication::translate(
                    "ServerSettingsScreen",
                    "Secret Server can rotate passwords and keep targets in sync."),
            Severity::WorthKnowing,
            QCoreApplication::translate(
                    "ServerSettingsScreen",
                    "No rotation: scanning works, but change password on check-in and "
                    "automatic changes do nothing."));
    rows << boolRow(rpc, QStringLiteral("enableHeartbeat"), QStringLiteral("heartbeat"),
                    QCoreApplication::translate("ServerSettingsScreen", "Heartbeat"),
                    QCoreApplication::translate(
                            "ServerSettingsScreen",
                            "Admin > Remote Password Changing > Edit > Enable Heartbeat"),
                    Severity::Fine,
                    QCoreApplication::translate(
                            "ServerSettingsScreen",
                            "A password changed outside the vault shows up as a failed heartbeat "
                            "before a scan fails on it."),
                    Severity::WorthKnowing,
                    QCoreApplication::translate(
                            "ServerSettingsScreen",
                            "A stale password is only noticed when a scan fails to authenticate."));
    rows << boolRow(
            rpc, QStringLiteral("enablePasswordChangeOnCheckIn"), QStringLiteral("changeOnCheckIn"),
            QCoreApplication::translate("ServerSettingsScreen", "Password change on check-in"),
            QCoreApplication::translate(
                    "ServerSettingsScreen",
                    "Admin > Remote Password Changing > Edit > Enable Password Change on "
                    "Check In"),
            Severity::WorthKnowing,
            QCoreApplication::translate(
                    "ServerSettingsScreen",
                    "Secrets set to change on check-in get a new password after each scan; "
                    "a failed change leaves the target out of sync."),
            Severity::Fine,
            QCoreApplication::translate("ServerSettingsScreen",
                                        "Check-in never changes a password."));
    const int days = rpc.intValue(QStringLiteral("checkOutIntervalDays"));
    const int hours = rpc.intValue(QStringLiteral("checkOutIntervalHours"));
    const int minutes = rpc.intValue(QStringLiteral("checkOutIntervalMinutes"));
    if (!rpc.value(QStringLiteral("checkOutIntervalHours")).isUndefined()) {
        const int total = (days * 24 + hours) * 60 + minutes;
        rows << SettingRow {
            QStringLiteral("checkOutInterval"),
            QCoreApplication::translate("ServerSettingsScreen", "Default check-out interval"),
            QCoreApplication::translate("ServerSettingsScreen", "%1 d %2 h %3 min")
                    .arg(days)
                    .arg(hours)
                    .arg(minutes),
            Severity::WorthKnowing,
            total > 0 ? QCoreApplication::translate(
                    "ServerSettingsScreen",
                    "A check-out-enabled secret read by a scan stays checked "
                    "out to the Qualys account this long; other scans and "
                    "people using it wait.")
                      : QCoreApplication::translate("ServerSettingsScreen",
                                                    "No default interval set."),
            QCoreApplication::translate(
                    "ServerSettingsScreen",
                    "Admin > Remote Password Changing > Edit > Check Out Interval")
        };
    }
    return rows;
}

SettingRow webServicesRefusedRow()
{
    return SettingRow {
        QStringLiteral("webServices"),
        QCoreApplication::translate("ServerSettingsScreen", "Web services"),
        QCoreApplication::translate("ServerSettingsScreen", "Off"),
        Severity::BlocksScanning,
        QCoreApplication::translate(
                "ServerSettingsScreen",
                "Web services off: the Qualys appliance cannot log in at all — every "
                "vault-backed record fails. The server refused this console's reads too, so "
                "the other settings cannot be shown; turn web services on in Secret Server."),
        QCoreApplication::translate("ServerSettingsScreen",
                                    "Admin > Configuration > General > Application Settings "
                                    "> Enable Web Services")
    };
}

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::BlocksScanning:
        return QCoreApplication::translate("ServerSettingsScreen", "Blocks scanning");
    case Severity::WorthKnowing:
        return QCoreApplication::translate("ServerSettingsScreen", "Worth knowing");
    case Severity::Fine:
        return QCoreApplication::translate("ServerSettingsScreen", "Fine");
    }
    return {};
}

} // namespace

ServerSettingsScreen::ServerSettingsScreen(QWidget *parent)
    : SessionScreen(parent), m_view(new QTreeWidget(this)), m_summary(new QLabel(this)),
      m_refresh(new QPushButton(tr("&Refresh"), this))
{
    m_view->setColumnCount(ColumnCount);
    m_view->setHeaderLabels({ tr("Setting"), tr("Value"), tr("For scanning"), tr("Effect"),
                              tr("Where to change it") });
    m_view->setRootIsDecorated(false);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setSectionResizeMode(EffectColumn, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Server settings"));
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Summary"));
    m_refresh->setAccessibleName(tr("Refresh server settings"));
    m_refresh->setToolTip(tr("Read the settings again (F5)"));
    auto *refreshKey = new QShortcut(QKeySequence::Refresh, this);
    refreshKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshKey, &QShortcut::activated, this, &ServerSettingsScreen::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &ServerSettingsScreen::refresh);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view);

    setSession(nullptr);
}

ServerSettingsScreen::~ServerSettingsScreen() = default;

void ServerSettingsScreen::setSession(VaultSession *session)
{
    m_session = session;
    delete m_readContext; // answers for the old session are dropped with it
    m_readContext = nullptr;
    m_general.reset();
    m_security.reset();
    m_rpc.reset();
    m_failures.clear();
    m_webServicesRefused = false;
    m_pending = 0;
    m_generation = 0;
    m_view->clear();
    m_summary->setText(session ? QString() : tr("Sign in to see the server's settings."));
    setEnabled(session != nullptr);
    if (session)
        refresh();
}

void ServerSettingsScreen::refresh()
{
    RestClient *client = m_session ? m_session->client() : nullptr;
    if (!client)
        return;
    delete m_readContext;
    m_readContext = new QObject(this);
    ++m_generation;
    m_failures.clear();
    m_webServicesRefused = false;
    m_pending = 3;
    m_summary->setText(tr("Reading the server's settings…"));
    m_refresh->setEnabled(false);
    for (ConfigurationArea area : { ConfigurationArea::General, ConfigurationArea::Security,
                                    ConfigurationArea::RemotePasswordChanging }) {
        client->configuration(area, m_readContext,
                              [this, area](const Result<ServerConfiguration> &result) {
                                  areaRead(area, result);
                              });
    }
}

void ServerSettingsScreen::areaRead(ConfigurationArea area,
                                    const Result<ServerConfiguration> &result)
{
    std::optional<ServerConfiguration> *slot = area == ConfigurationArea::General ? &m_general
            : area == ConfigurationArea::Security                                 ? &m_security
                                                                                  : &m_rpc;
    if (result.ok()) {
        *slot = result.value;
    } else {
        slot->reset();
        if (result.status == CallStatus::WebServicesDisabled)
            m_webServicesRefused = true;
        else
            m_failures << result.message;
        qCInfo(lcServerSettings) << "configuration read failed:" << callStatusName(result.status);
    }
    if (--m_pending > 0)
        return;
    m_refresh->setEnabled(true);
    rebuild();
    emit refreshed();
}

void ServerSettingsScreen::rebuild()
{
    QList<SettingRow> rows;
    if (m_webServicesRefused && !m_general) {
        // The server refused the read itself: that answer is the setting's value.
        rows << webServicesRefusedRow();
    }
    if (m_general)
        rows << generalRows(*m_general);
    if (m_security)
        rows << securityRows(*m_security);
    if (m_rpc)
        rows << rpcRows(*m_rpc);

    m_view->clear();
    int blocking = 0;
    for (const SettingRow &row : std::as_const(rows)) {
        auto *item = new QTreeWidgetItem(m_view);
        item->setText(SettingColumn, row.label);
        item->setText(ValueColumn, row.value);
        item->setText(SeverityColumn, severityText(row.severity));
        item->setText(EffectColumn, row.effect);
        item->setText(WhereColumn, row.where);
        item->setToolTip(EffectColumn, row.effect);
        item->setData(SettingColumn, KeyRole, row.key);
        item->setData(SettingColumn, SeverityRole, int(row.severity));
        if (row.severity == Severity::BlocksScanning) {
            ++blocking;
            item->setForeground(SeverityColumn, QColor(Qt::red));
            QFont bold = item->font(SeverityColumn);
            bold.setBold(true);
            item->setFont(SeverityColumn, bold);
        }
    }
    for (int column = 0; column < ColumnCount; ++column) {
        if (column != EffectColumn)
            m_view->resizeColumnToContents(column);
    }

    QStringList summary;
    if (blocking > 0)
        summary << tr("%n setting(s) block vault-backed scanning.", nullptr, blocking);
    else if (!rows.isEmpty())
        summary << tr("No server setting blocks vault-backed scanning.");
    for (const QString &failure : std::as_const(m_failures))
        summary << tr("Could not read part of the configuration: %1").arg(failure);
    m_summary->setText(summary.join(u'\n'));
}

QStringList ServerSettingsScreen::settingKeys() const
{
    QStringList keys;
    for (int row = 0; row < m_view->topLevelItemCount(); ++row)
        keys << m_view->topLevelItem(row)->data(SettingColumn, KeyRole).toString();
    return keys;
}

std::optional<ServerSettingsScreen::Severity>
ServerSettingsScreen::severityOf(const QString &key) const
{
    for (int row = 0; row < m_view->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_view->topLevelItem(row);
        if (item->data(SettingColumn, KeyRole).toString() == key)
            return Severity(item->data(SettingColumn, SeverityRole).toInt());
    }
    return std::nullopt;
}

QString ServerSettingsScreen::valueTextOf(const QString &key) const
{
    for (int row = 0; row < m_view->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_view->topLevelItem(row);
        if (item->data(SettingColumn, KeyRole).toString() == key)
            return item->text(ValueColumn);
    }
    return {};
}
