#include "wizard/QualysChange.h"

#include "qualys/QualysClient.h"
#include "wizard/IpRanges.h"

using namespace qualys;

QualysChange::~QualysChange() = default;

QualysResult QualysChange::failure(const QString &message)
{
    QualysResult result;
    result.status = QualysStatus::Rejected;
    result.message = message;
    return result;
}

// --- VaultChange -----------------------------------------------------------------------------

VaultChange::VaultChange(const VaultChoice &wanted) : m_wanted(wanted) { }

VaultChange::~VaultChange()
{
    m_wanted.password.fill(QLatin1Char('\0')); // do not leave it in freed memory
}

QString VaultChange::title() const
{
    return tr("Authentication vault %1").arg(m_wanted.title);
}

void VaultChange::read(QualysClient *client, QObject *context, Done done)
{
    client->listVaults(
            context, [this, client, context, done](const QualysReply<QList<AuthVault>> &list) {
                m_existing.reset();
                if (!list.ok()) {
                    done(list);
                    return;
                }
                int id = 0;
                for (const AuthVault &vault : list.value) {
                    if (vault.title.compare(m_wanted.title, Qt::CaseInsensitive) == 0)
                        id = vault.id;
                }
                if (id == 0) {
                    QList<int> candidates;
                    for (const AuthVault &vault : list.value) {
                        if (vault.type == ThycoticVaultType)
                            candidates << vault.id;
                    }
                    findSameTarget(client, context, candidates, done);
                    return;
                }
                client->viewVault(id, context, [this, done](const QualysReply<AuthVault> &view) {
                    if (view.ok())
                        m_existing = view.value;
                    done(view);
                });
            });
}

// A vault under another title that already points at this server as this account is reused,
// so a renamed vault is not duplicated.
void VaultChange::findSameTarget(QualysClient *client, QObject *context, QList<int> candidates,
                                 Done done)
{
    if (candidates.isEmpty()) {
        done(QualysResult {});
        return;
    }
    const int id = candidates.takeFirst();
    client->viewVault(
            id, context,
            [this, client, context, candidates, done](const QualysReply<AuthVault> &view) {
                if (!view.ok()) {
                    done(view);
                    return;
                }
                if (view.value.url == m_wanted.url
                    && view.value.username.compare(m_wanted.userName, Qt::CaseInsensitive) == 0) {
                    m_existing = view.value;
                    m_wanted.title = view.value.title;
                    done(view);
                    return;
                }
                findSameTarget(client, context, candidates, done);
            });
}

bool VaultChange::isInPlace() const
{
    return m_existing && m_existing->type == ThycoticVaultType && m_existing->url == m_wanted.url
            && m_existing->username.compare(m_wanted.userName, Qt::CaseInsensitive) == 0;
}

QStringList VaultChange::preview() const
{
    if (isInPlace())
        return { tr("Vault %1 already points at %2 as %3.")
                         .arg(m_wanted.title, m_wanted.url, m_wanted.userName) };
    if (m_existing) {
        return { tr("Update vault %1: URL %2 (now %3), account %4 (now %5), password: set")
                         .arg(m_wanted.title, m_wanted.url, m_existing->url, m_wanted.userName,
                              m_existing->username) };
    }
    return { tr("Create vault %1 of type %2: URL %3, account %4, password: set")
                     .arg(m_wanted.title, ThycoticVaultType, m_wanted.url, m_wanted.userName) };
}

QStringList VaultChange::warnings() const
{
    if (m_existing && m_existing->type != ThycoticVaultType)
        return { tr("A vault named %1 exists but is of type %2; choose another title.")
                         .arg(m_wanted.title, m_existing->type) };
    return {};
}

void VaultChange::apply(QualysClient *client, QObject *context, Done done)
{
    if (m_wanted.password.isEmpty()) {
        done(failure(tr("Type the service account's password so Qualys can sign in.")));
        return;
    }
    if (m_existing && m_existing->type != ThycoticVaultType) {
        done(failure(warnings().value(0)));
        return;
    }
    VaultForm form;
    form.title = m_wanted.title;
    form.url = m_wanted.url;
    form.username = m_wanted.userName;
    form.domain = m_wanted.domain;
    form.password = m_wanted.password;
    form.comments = tr("Created by the ScanVault setup wizard.");
    const auto finished = [done](const QualysReply<int> &reply) {
        done(reply);
    };
    if (m_existing)
        client->updateVault(m_existing->id, form, context, finished);
    else
        client->createVault(form, context, finished);
}

// --- RecordChange ----------------------------------------------------------------------------

RecordChange::RecordChange(const RecordChoice &wanted, std::function<int()> vaultId)
    : m_wanted(wanted), m_vaultId(std::move(vaultId))
{
}

QString RecordChange::title() const
{
    return tr("%1 record %2").arg(AuthRecordTypeInfo::of(m_wanted.type).label, m_wanted.title);
}

void RecordChange::read(QualysClient *client, QObject *context, Done done)
{
    client->listRecords(
            m_wanted.type, context, [this, done](const QualysReply<QList<AuthRecord>> &list) {
                m_existing.reset();
                if (list.ok()) {
                    for (const AuthRecord &record : list.value) {
                        if (record.title.compare(m_wanted.title, Qt::CaseInsensitive) == 0)
                            m_existing = record;
                    }
                }
                done(list);
            });
}

bool RecordChange::isInPlace() const
{
    const int vaultId = m_vaultId();
    return m_existing && vaultId > 0 && m_existing->usesVault() && m_existing->vaultId == vaultId
            && m_existing->secretName == m_wanted.secretName
            && m_existing->username == m_wanted.userName
            && IpRanges::parse(m_existing->ips.join(QLatin1Char(','))).canonical()
            == IpRanges::parse(m_wanted.ips).canonical();
}

QStringList RecordChange::preview() const
{
    if (isInPlace())
        return { tr("Record %1 already uses secret %2 for %3.")
                         .arg(m_wanted.title, m_wanted.secretName, m_wanted.ips) };
    const QString what = tr("secret %1 from the vault, user %2, IPs %3")
                                 .arg(m_wanted.secretName, m_wanted.userName, m_wanted.ips);
    if (m_existing)
        return { tr("Update record %1: %2").arg(m_wanted.title, what) };
    return { tr("Create %1 record %2: %3")
                     .arg(AuthRecordTypeInfo::of(m_wanted.type).label, m_wanted.title, what) };
}

RecordForm RecordChange::form() const
{
    RecordForm form;
    form.type = m_wanted.type;
    form.title = m_wanted.title;
    form.ips = m_wanted.ips;
    form.username = m_wanted.userName;
    form.vaultId = m_vaultId();
    form.secretName = m_wanted.secretName;
    form.settings = m_wanted.settings;
    form.comments = tr("Created by the ScanVault setup wizard.");
    return form;
}

void RecordChange::apply(QualysClient *client, QObject *context, Done done)
{
    const RecordForm wanted = form();
    if (wanted.vaultId <= 0) {
        done(failure(tr("Record %1 needs the vault, which was not created.").arg(m_wanted.title)));
        return;
    }
    const QStringList problems = checkRecordForm(wanted, !m_existing);
    if (!problems.isEmpty()) {
        done(failure(problems.join(QLatin1Char(' '))));
        return;
    }
    if (m_existing) {
        client->updateRecords({ m_existing->id }, wanted, context,
                              [done](const QualysReply<QList<int>> &reply) { done(reply); });
    } else {
        client->createRecord(wanted, context,
                             [done](const QualysReply<int> &reply) { done(reply); });
    }
}
