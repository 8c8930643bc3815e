#include "wizard/SetupController.h"

#include "checks/ScannerPathCheck.h"
#include "qualys/QualysClient.h"
#include "wizard/IpRanges.h"
#include "wizard/QualysChangeRunner.h"
#include "wizard/WizardLog.h"

Q_LOGGING_CATEGORY(lcWizard, "scanvault.wizard")

using namespace secretserver;

namespace {

// The non-secret fields read with the secret list for the records (never the password).
const QStringList DetailSlugs
        = { QStringLiteral("username"), QStringLiteral("machine"), QStringLiteral("server"),
            QStringLiteral("database"), QStringLiteral("port"),    QStringLiteral("domain") };

// The REST API itself answering "web services are off" is the answer to the check.
ServerConfiguration webServicesOff()
{
    ServerConfiguration off;
    off.data = QJsonObject { { QStringLiteral("applicationSettings"),
                               QJsonObject { { QStringLiteral("enableWebServices"), false } } } };
    return off;
}

} // namespace

SetupController::SetupController(RestClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_context(std::make_unique<QObject>())
{
}

SetupController::~SetupController() = default;

void SetupController::begin(Step step)
{
    m_step = step;
    m_busy = true;
    m_cancelled = false;
    qCInfo(lcWizard) << "step started" << step;
}

void SetupController::finish(Step step, bool ok, const QString &message)
{
    if (!m_busy || step != m_step)
        return; // a late answer to a step that was cancelled or replaced
    m_busy = false;
    qCInfo(lcWizard) << "step" << step << (ok ? "done" : "failed");
    emit stepFinished(step, ok, message);
}

void SetupController::cancel()
{
    if (!m_busy)
        return;
    m_cancelled = true;
    if (m_step == Step::Apply) {
        // Let the write in flight end; the runners stop before the next change.
        m_applyCancelled = true;
        if (m_serverRunner)
            m_serverRunner->cancel();
        if (m_qualysRunner)
            m_qualysRunner->cancel();
        return;
    }
    if (m_pathCheck)
        m_pathCheck->cancel();
    m_context = std::make_unique<QObject>(); // reads in flight answer to nobody
    finish(m_step, false, tr("Cancelled."));
}

// --- 1. Secret Server ------------------------------------------------------------------------

void SetupController::checkServer()
{
    begin(Step::Server);
    m_serverFacts = {};
    m_client->version(m_context.get(), [this](const Result<QString> &version) {
        if (version.status == CallStatus::WebServicesDisabled) {
            m_serverFacts.general = webServicesOff();
            m_serverFindings = SetupFindings::server(m_serverFacts);
            finish(Step::Server, true);
            return;
        }
        if (!version.ok()) {
            m_serverFindings
                    = { Finding { Finding::Severity::Blocker, QStringLiteral("server.unreachable"),
                                  tr("Secret Server did not answer"), version.message,
                                  tr("Check the profile's address and sign in again.") } };
            finish(Step::Server, false, version.message);
            return;
        }
        m_serverFacts.version = version.value;
        readConfiguration(0);
    });
}

void SetupController::readConfiguration(int index)
{
    static const ConfigurationArea areas[]
            = { ConfigurationArea::General, ConfigurationArea::Security,
                ConfigurationArea::RemotePasswordChanging };
    if (index >= 3) {
        m_serverFindings = SetupFindings::server(m_serverFacts);
        finish(Step::Server, true);
        return;
    }
    m_client->configuration(areas[index], m_context.get(),
                            [this, index](const Result<ServerConfiguration> &config) {
                                if (config.ok()) {
                                    auto &slot = index == 0 ? m_serverFacts.general
                                            : index == 1    ? m_serverFacts.security
                                                            : m_serverFacts.rpc;
                                    slot = config.value;
                                } else if (index == 0
                                           && config.status == CallStatus::WebServicesDisabled) {
                                    m_serverFacts.general = webServicesOff();
                                }
                                readConfiguration(index + 1);
                            });
}

// --- 2. Service account ----------------------------------------------------------------------

void SetupController::loadAccounts()
{
    begin(Step::Accounts);
    UserQuery users;
    users.page.allPages = true;
    m_client->searchUsers(users, m_context.get(), [this](const Result<Page<User>> &found) {
        if (!found.ok()) {
            finish(Step::Accounts, false, found.message);
            return;
        }
        m_users = found.value.records;
        GroupQuery groups;
        groups.page.allPages = true;
        m_client->searchGroups(groups, m_context.get(), [this](const Result<Page<Group>> &list) {
            m_groups = list.ok() ? list.value.records : QList<Group>();
            finish(Step::Accounts, list.ok(), list.message);
        });
    });
}

void SetupController::setAccount(const ServiceAccount &account)
{
    m_account = account;
    if (m_vault.userName.isEmpty() || m_vault.userName != account.loginName)
        m_vault.userName = account.loginName;
}

void SetupController::setApplianceAddresses(const QStringList &addresses)
{
    m_applianceAddresses.clear();
    for (const QString &address : addresses) {
        if (!address.trimmed().isEmpty())
            m_applianceAddresses << address.trimmed();
    }
}

void SetupController::checkAccount()
{
    begin(Step::Account);
    if (m_account.userId <= 0) {
        finish(Step::Account, false, tr("Choose the account the scanner signs in as."));
        return;
    }
    m_client->user(m_account.userId, m_context.get(), [this](const Result<User> &user) {
        if (!user.ok()) {
            finish(Step::Account, false, user.message);
            return;
        }
        m_accountUser = user.value;
        m_account.isApplicationAccount = user.value.isApplicationAccount;
        readRestrictions();
    });
}

void SetupController::readRestrictions()
{
    m_client->userIpRestrictions(
            m_accountUser.id, m_context.get(),
            [this](const Result<Page<IpRestrictionAssignment>> &assigned) {
                if (!assigned.ok()) {
                    finish(Step::Account, false, assigned.message);
                    return;
                }
                PageRequest all;
                all.allPages = true;
                m_client->ipRestrictions(
                        all, m_context.get(),
                        [this, assigned](const Result<Page<IpRestriction>> &named) {
                            m_restrictions.clear();
                            for (const IpRestrictionAssignment &one : assigned.value.records) {
                                for (const IpRestriction &restriction : named.value.records) {
                                    if (restriction.id == one.restrictionId)
                                        m_restrictions << restriction;
                                }
                            }
                            readAccountGroups();
                        });
            });
}

void SetupController::readAccountGroups()
{
    m_client->userGroups(
            m_accountUser.id, m_context.get(), [this](const Result<Page<GroupMember>> &groups) {
                m_accountGroupIds.clear();
                for (const GroupMember &member : groups.value.records)
                    m_accountGroupIds << member.groupId;
                m_accountFindings = SetupFindings::account(m_accountUser, m_restrictions,
                                                           m_applianceAddresses);
                const Principal &principal = m_account.principal;
                if (principal.isGroup && !m_accountGroupIds.contains(principal.id)) {
                    m_accountFindings << Finding {
                        Finding::Severity::Blocker, QStringLiteral("account.not-in-group"),
                        tr("%1 is not a member of %2").arg(m_accountUser.userName, principal.name),
                        tr("The group's View does not reach the account that signs in."),
                        tr("Add %1 to %2 in Admin > Groups, or grant the account itself.")
                                .arg(m_accountUser.userName, principal.name)
                    };
                }
                finish(Step::Account, true);
            });
}

// --- 3. Folder -------------------------------------------------------------------------------

void SetupController::setFolderName(const QString &name)
{
    m_folderName = name.trimmed();
}

void SetupController::checkFolder()
{
    begin(Step::Folder);
    m_folderId = 0;
    m_folderFindings.clear();
    if (m_folderName.isEmpty() || m_folderName.contains(QLatin1Char('\\'))) {
        finish(Step::Folder, false, tr("Type a folder name without backslashes."));
        return;
    }
    FolderQuery query;
    query.searchText = m_folderName;
    query.onlyRootFolders = true;
    query.page.allPages = true;
    m_client->searchFolders(query, m_context.get(), [this](const Result<Page<Folder>> &found) {
        if (!found.ok()) {
            finish(Step::Folder, false, found.message);
            return;
        }
        for (const Folder &folder : found.value.records) {
            if (folder.isRoot() && folder.name.compare(m_folderName, Qt::CaseInsensitive) == 0)
                m_folderId = folder.id;
        }
        if (m_folderId == 0) {
            finish(Step::Folder, true);
            return;
        }
        FolderPermissionQuery permissions;
        permissions.folderId = m_folderId;
        permissions.page.allPages = true;
        m_client->searchFolderPermissions(
                permissions, m_context.get(), [this](const Result<Page<FolderPermission>> &list) {
                    if (list.ok())
                        m_folderFindings = SetupFindings::folderPermissions(
                                list.value.records, m_account, m_accountGroupIds);
                    finish(Step::Folder, list.ok(), list.message);
                });
    });
}

// --- 4. Secrets ------------------------------------------------------------------------------

void SetupController::loadSecrets()
{
    begin(Step::Secrets);
    PageRequest all;
    all.allPages = true;
    m_client->searchTemplates(
            QString(), all, m_context.get(), [this](const Result<Page<SecretTemplate>> &templates) {
                if (!templates.ok()) {
                    finish(Step::Secrets, false, templates.message);
                    return;
                }
                m_templates = templates.value.records;
                m_candidates.clear();
                if (m_folderId <= 0) {
                    finish(Step::Secrets, true); // a new folder holds no secrets yet
                    return;
                }
                SecretQuery query;
                query.folderId = m_folderId;
                query.includeSubFolders = true;
                query.extendedFields = DetailSlugs;
                query.page.allPages = true;
                m_client->searchSecrets(
                        query, m_context.get(), [this](const Result<Page<SecretSummary>> &found) {
                            if (!found.ok()) {
                                finish(Step::Secrets, false, found.message);
                                return;
                            }
                            for (const SecretSummary &summary : found.value.records) {
                                SecretChoice choice;
                                choice.id = summary.id;
                                choice.name = summary.name;
                                choice.folderId = summary.folderId;
                                choice.folderPath = summary.folderPath;
                                choice.templateId = summary.templateId;
                                choice.templateName = summary.templateName;
                                choice.summary = summary;
                                for (const auto &[slug, value] : summary.extendedFields) {
                                    if (slug.compare(QLatin1String("username"), Qt::CaseInsensitive)
                                        == 0)
                                        choice.userName = value;
                                    else
                                        choice.details.insert(slug.toLower(), value);
                                }
                                const auto tpl
                                        = std::find_if(m_templates.cbegin(), m_templates.cend(),
                                                       [&](const SecretTemplate &t) {
                                                           return t.id == summary.templateId;
                                                       });
                                choice.rotationAvailable = rotationPossible()
                                        && tpl != m_templates.cend() && tpl->passwordTypeId > 0;
                                choice.findings = SetupFindings::secret(summary, m_account.userId);
                                m_candidates << choice;
                            }
                            readDetails(0, 0);
                        });
            });
}

// Search results do not always carry the fields a record needs (extended fields are
// optional), so each is read on its own: one text field at a time, never the password, and
// without checking the secret out.
void SetupController::readDetails(int index, int field)
{
    static const QStringList userOnly = { QStringLiteral("username") };
    static const QStringList database
            = { QStringLiteral("username"), QStringLiteral("database"), QStringLiteral("port") };
    while (index < m_candidates.size()) {
        const SecretChoice &secret = m_candidates.at(index);
        const auto type = SetupFindings::recordTypeFor(secret.templateName);
        const bool isDatabase = type && *type != qualys::AuthRecordType::Windows
                && *type != qualys::AuthRecordType::Unix;
        const QStringList &slugs = isDatabase ? database : userOnly;
        if (type && field < slugs.size()) {
            const QString slug = slugs.at(field);
            const bool known = slug == QLatin1String("username") ? !secret.userName.isEmpty()
                                                                 : secret.details.contains(slug);
            if (!known) {
                readDetail(index, field, slug);
                return;
            }
            ++field;
            continue;
        }
        ++index;
        field = 0;
    }
    finish(Step::Secrets, true);
}

void SetupController::readDetail(int index, int field, const QString &slug)
{
    SecretReadOptions options;
    options.noAutoCheckout = true;
    m_client->secretField(m_candidates.at(index).id, slug, options, m_context.get(),
                          [this, index, field, slug](const Result<QString> &value) {
                              if (value.ok() && slug == QLatin1String("username"))
                                  m_candidates[index].userName = value.value;
                              else if (value.ok() && !value.value.isEmpty())
                                  m_candidates[index].details.insert(slug, value.value);
                              readDetails(index, field + 1);
                          });
}

SecretChoice SetupController::newSecret(const QString &templateName, const QString &name,
                                        const QMap<QString, QString> &values) const
{
    SecretChoice choice;
    choice.name = name.trimmed();
    choice.folderPath = QLatin1Char('\\') + m_folderName;
    for (const SecretTemplate &tpl : m_templates) {
        if (tpl.name.compare(templateName, Qt::CaseInsensitive) != 0)
            continue;
        choice.templateId = tpl.id;
        choice.templateName = tpl.name;
        choice.rotationAvailable = rotationPossible() && tpl.passwordTypeId > 0;
        for (const SecretTemplateField &field : tpl.fields) {
            if (values.contains(field.slug))
                choice.fields.append({ field.slug, field.displayName, values.value(field.slug) });
        }
    }
    if (choice.fields.isEmpty()) {
        // The template list carries no fields; the stub made at apply time names them.
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            choice.fields.append({ it.key(), it.key(), it.value() });
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key() == QLatin1String("username"))
            choice.userName = it.value();
        else if (!it.key().contains(QLatin1String("password")))
            choice.details.insert(it.key(), it.value());
    }
    return choice;
}

void SetupController::setSecrets(const QList<SecretChoice> &secrets)
{
    m_secrets = secrets;
}

QList<Finding> SetupController::rotationFindings() const
{
    QList<Finding> findings;
    for (const SecretChoice &secret : m_secrets)
        findings << SetupFindings::rotation(secret, m_rotation);
    return findings;
}

// --- 6. Qualys -------------------------------------------------------------------------------

QString SetupController::webServicesUrl(const QUrl &serverUrl)
{
    QUrl url = serverUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery
                                  | QUrl::RemoveFragment);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.endsWith(QLatin1String("/SecretServer"), Qt::CaseInsensitive))
        path += QStringLiteral("/SecretServer");
    url.setPath(path + QStringLiteral("/webservices/SSWebService.asmx"));
    return url.toString();
}

void SetupController::setQualysClient(qualys::QualysClient *client)
{
    m_qualys = client;
}

void SetupController::setVault(const VaultChoice &vault)
{
    m_vault = vault;
}

void SetupController::loadQualys()
{
    begin(Step::Qualys);
    if (!m_qualys) {
        finish(Step::Qualys, false, tr("Choose a Qualys connection first."));
        return;
    }
    m_qualys->listVaults(m_context.get(),
                         [this](const qualys::QualysReply<QList<qualys::AuthVault>> &list) {
                             if (!list.ok()) {
                                 finish(Step::Qualys, false, list.message);
                                 return;
                             }
                             m_vaults = list.value;
                             m_existingRecords.clear();
                             loadQualysRecords(0);
                         });
}

void SetupController::loadQualysRecords(int typeIndex)
{
    static const qualys::AuthRecordType types[]
            = { qualys::AuthRecordType::Windows, qualys::AuthRecordType::Unix,
                qualys::AuthRecordType::Oracle, qualys::AuthRecordType::MsSql,
                qualys::AuthRecordType::IbmDb2 };
    if (typeIndex >= 5) {
        finish(Step::Qualys, true);
        return;
    }
    m_qualys->listRecords(
            types[typeIndex], m_context.get(),
            [this, typeIndex](const qualys::QualysReply<QList<qualys::AuthRecord>> &list) {
                if (!list.ok()) {
                    finish(Step::Qualys, false, list.message);
                    return;
                }
                m_existingRecords << list.value;
                loadQualysRecords(typeIndex + 1);
            });
}

// --- 7. Records ------------------------------------------------------------------------------

QList<RecordChoice> SetupController::proposedRecords(const QString &ips) const
{
    QList<RecordChoice> records;
    for (const SecretChoice &secret : m_secrets) {
        const auto type = SetupFindings::recordTypeFor(secret.templateName);
        if (!type)
            continue;
        RecordChoice record;
        record.type = *type;
        record.title = secret.name;
        record.ips = ips;
        record.secretName = secret.name;
        record.userName = secret.userName;
        if (*type == qualys::AuthRecordType::IbmDb2 || *type == qualys::AuthRecordType::MsSql) {
            if (secret.details.contains(QStringLiteral("database")))
                record.settings.insert(QStringLiteral("database"),
                                       secret.details.value(QStringLiteral("database")));
        }
        if (secret.details.contains(QStringLiteral("port"))
            && *type != qualys::AuthRecordType::Windows && *type != qualys::AuthRecordType::Unix)
            record.settings.insert(QStringLiteral("port"),
                                   secret.details.value(QStringLiteral("port")));
        if (*type == qualys::AuthRecordType::Oracle
            && secret.details.contains(QStringLiteral("database")))
            record.settings.insert(QStringLiteral("sid"),
                                   secret.details.value(QStringLiteral("database")));
        records << record;
    }
    return records;
}

void SetupController::setRecords(const QList<RecordChoice> &records)
{
    m_records = records;
    for (int i = 0; i < m_records.size(); ++i) {
        RecordChoice &record = m_records[i];
        record.conflicts = SetupFindings::recordConflicts(record, m_existingRecords);
        qualys::RecordForm form;
        form.type = record.type;
        form.title = record.title;
        form.ips = record.ips;
        form.username = record.userName;
        form.vaultId = 1; // any: the vault may not exist yet
        form.secretName = record.secretName;
        form.settings = record.settings;
        const QStringList problems = qualys::checkRecordForm(form, true);
        if (!problems.isEmpty()) {
            record.conflicts << Finding { Finding::Severity::Blocker,
                                          QStringLiteral("record.invalid"),
                                          tr("%1 cannot be created as it is").arg(record.title),
                                          problems.join(QLatin1Char(' ')),
                                          tr("Correct the record's fields on this page.") };
        }
        // Records planned together must not overlap each other either.
        for (int j = 0; j < records.size(); ++j) {
            const RecordChoice &other = records.at(j);
            if (j == i || other.type != record.type)
                continue;
            if (IpRanges::parse(other.ips).overlaps(IpRanges::parse(record.ips))) {
                record.conflicts << Finding { Finding::Severity::Blocker,
                                              QStringLiteral("record.ip-overlap"),
                                              tr("%1 overlaps %2").arg(record.title, other.title),
                                              tr("Two records of one type cannot share IPs."),
                                              tr("Give each record its own targets.") };
            }
        }
    }
}

bool SetupController::recordsBlocked() const
{
    return std::any_of(m_records.cbegin(), m_records.cend(),
                       [](const RecordChoice &record) { return hasBlocker(record.conflicts); });
}
