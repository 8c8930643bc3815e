#include "changes/SecretChanges.h"

#include "changes/SecretLookup.h"
#include "models/EffectiveAccess.h"
#include "secretserver/RestClient.h"

using namespace secretserver;

namespace {

bool samePrincipal(const SecretPermission &permission, const Principal &principal)
{
    return principal.isGroup ? permission.groupId == principal.id
                             : (!permission.isGroup() && permission.userId == principal.id);
}

} // namespace

// --- CreateSecretChange ---------------------------------------------------------------------

CreateSecretChange::CreateSecretChange(int templateId, const QString &templateName,
                                       int folderId, const QString &folderPath,
                                       const QString &name, QList<FieldValue> fields)
    : m_templateId(templateId)
    , m_templateName(templateName)
    , m_folderId(folderId)
    , m_folderPath(folderPath)
    , m_name(name.trimmed())
    , m_fields(std::move(fields))
{
}

CreateSecretChange::~CreateSecretChange()
{
    // Do not leave the values in freed memory longer than needed.
    for (FieldValue &field : m_fields)
        field.value.fill(QLatin1Char('\0'));
}

QString CreateSecretChange::title() const
{
    return tr("Create secret %1 in %2").arg(m_name, m_folderPath);
}

void CreateSecretChange::read(RestClient *client, QObject *context, Done done)
{
    SecretQuery query;
    query.searchText = m_name;
    query.folderId = m_folderId;
    query.includeRestricted = true;
    query.page.allPages = true;
    client->searchSecrets(query, context, [this, done](const Result<Page<SecretSummary>> &page) {
        m_existingId = 0;
        for (const SecretSummary &summary : page.value.records) {
            if (summary.folderId == m_folderId
                && summary.name.compare(m_name, Qt::CaseInsensitive) == 0)
                m_existingId = summary.id;
        }
        done(page);
    });
}

QStringList CreateSecretChange::preview() const
{
    if (isInPlace())
        return {tr("Secret %1 already exists in %2.").arg(m_name, m_folderPath)};
    QStringList lines{tr("Create secret %1 from template %2 in folder %3")
                              .arg(m_name, m_templateName, m_folderPath)};
    for (const FieldValue &field : m_fields) {
        const QString label = field.displayName.isEmpty() ? field.slug : field.displayName;
        lines << (field.value.isEmpty() ? tr("%1: empty").arg(label)
                                        : tr("%1: set").arg(label));
    }
    return lines;
}

void CreateSecretChange::apply(RestClient *client, QObject *context, Done done)
{
    if (m_name.isEmpty()) {
        done(failure(CallStatus::BadRequest, tr("A secret needs a name.")));
        return;
    }
    client->secretStub(m_templateId, m_folderId, context,
                       [this, client, context, done](const Result<Secret> &stub) {
        if (!stub.ok()) {
            done(stub);
            return;
        }
        Secret secret = stub.value;
        secret.name = m_name;
        secret.folderId = m_folderId;
        secret.templateId = m_templateId;
        for (SecretItem &item : secret.items) {
            for (const FieldValue &field : m_fields) {
                if (item.slug.compare(field.slug, Qt::CaseInsensitive) == 0)
                    item.value = field.value;
            }
        }
        client->createSecret(secret, context, [done](const Result<Secret> &created) {
            CallResult result = created; // drops the values the server echoed
            done(result);
        });
    });
}

// --- SecretAccessChange -----------------------------------------------------------------

SecretAccessChange::SecretAccessChange(const SecretRef &secret,
                                               const Principal &principal, Action action,
                                               const QString &role)
    : m_secret(secret)
    , m_principal(principal)
    , m_action(action)
    , m_role(role)
{
}

QString SecretAccessChange::title() const
{
    if (m_action == Action::Remove)
        return tr("Remove %1 from secret %2").arg(principalText(m_principal), m_secret.name);
    return tr("Grant %1 %2 on secret %3").arg(principalText(m_principal), m_role, m_secret.name);
}

void SecretAccessChange::read(RestClient *client, QObject *context, Done done)
{
    SecretLookup::find(client, m_secret, context,
                       [this, client, context, done](const Result<SecretSummary> &summary) {
        if (!summary.ok()) {
            done(summary);
            return;
        }
        m_inherits = summary.value.inheritsPermissions;
        SecretPermissionQuery query;
        query.secretId = m_secret.id;
        query.page.allPages = true;
        client->searchSecretPermissions(
                query, context, [this, done](const Result<Page<SecretPermission>> &page) {
            m_current.reset();
            for (const SecretPermission &permission : page.value.records) {
                if (samePrincipal(permission, m_principal))
                    m_current = permission;
            }
            done(page);
        });
    });
}

bool SecretAccessChange::isInPlace() const
{
    if (m_action == Action::Remove)
        return !m_current || m_inherits; // an inherited entry is not the secret's to remove
    return m_current && !m_inherits && m_current->role.compare(m_role, Qt::CaseInsensitive) == 0;
}

QStringList SecretAccessChange::preview() const
{
    const QString who = principalText(m_principal);
    if (isInPlace()) {
        if (m_action == Action::Remove)
            return {tr("%1 has no permission of its own on secret %2.").arg(who, m_secret.name)};
        return {tr("%1 already has %2 on secret %3.").arg(who, m_role, m_secret.name)};
    }
    QStringList lines;
    if (m_inherits) {
        lines << tr("Stop secret %1 inheriting its folder's permissions: the folder's entries "
                    "are copied to the secret.")
                         .arg(m_secret.name);
    }
    const QString now = m_current ? tr("now: %1").arg(m_current->role) : tr("now: no access");
    if (m_action == Action::Remove)
        lines << tr("Remove %1 from secret %2 (%3)").arg(who, m_secret.name, now);
    else
        lines << tr("Grant %1 %2 on secret %3 (%4)").arg(who, m_role, m_secret.name, now);
    return lines;
}

QStringList SecretAccessChange::warnings() const
{
    if (m_action == Action::Set
        && EffectiveAccess::roleRank(m_role)
                   > EffectiveAccess::roleRank(QLatin1String(LeastPrivilegeRole))) {
        return {tr("%1 is more than scanning needs: View is enough.").arg(m_role)};
    }
    return {};
}

void SecretAccessChange::apply(RestClient *client, QObject *context, Done done)
{
    const auto write = [this, client, context, done] {
        const auto ended = [done](const CallResult &result) { done(result); };
        if (m_action == Action::Remove) {
            client->deleteSecretPermission(m_current ? m_current->id : 0, context,
                                           [ended](const Result<bool> &r) { ended(r); });
            return;
        }
        secretserver::SecretPermissionChange body;
        body.secretId = m_secret.id;
        body.role = m_role;
        if (m_current && m_current->id > 0) {
            client->updateSecretPermission(
                    m_current->id, body, context,
                    [ended](const Result<SecretPermission> &r) { ended(r); });
            return;
        }
        if (m_principal.isGroup)
            body.groupId = m_principal.id;
        else
            body.userId = m_principal.id;
        client->createSecretPermission(body, context,
                                       [ended](const Result<SecretPermission> &r) { ended(r); });
    };
    if (!m_inherits) {
        write();
        return;
    }
    // Explicit entries need the secret's own permission list; the server copies the
    // folder's entries when inheritance goes off, so read them again for their ids.
    client->setSecretInheritsPermissions(m_secret.id, false, context,
                                         [this, client, context, done, write](
                                                 const Result<bool> &changed) {
        if (!changed.ok()) {
            done(changed);
            return;
        }
        read(client, context, [this, done, write](const CallResult &reread) {
            if (!reread.ok() || isInPlace())
                done(reread);
            else
                write();
        });
    });
}

// --- SecretInheritanceChange ----------------------------------------------------------------

SecretInheritanceChange::SecretInheritanceChange(const SecretRef &secret, bool inherit)
    : m_secret(secret)
    , m_inherit(inherit)
{
}

QString SecretInheritanceChange::title() const
{
    return m_inherit ? tr("Let secret %1 inherit its folder's permissions").arg(m_secret.name)
                     : tr("Stop secret %1 inheriting its folder's permissions").arg(m_secret.name);
}

void SecretInheritanceChange::read(RestClient *client, QObject *context, Done done)
{
    SecretLookup::find(client, m_secret, context,
                       [this, done](const Result<SecretSummary> &summary) {
        m_current.reset();
        if (summary.ok())
            m_current = summary.value.inheritsPermissions;
        done(summary);
    });
}

QStringList SecretInheritanceChange::preview() const
{
    if (isInPlace())
        return {tr("Permission inheritance of secret %1 is already %2.")
                        .arg(m_secret.name, onOff(m_inherit))};
    return {tr("Permission inheritance of secret %1: %2 (now: %3)")
                    .arg(m_secret.name, onOff(m_inherit), onOff(!m_inherit))};
}

QStringList SecretInheritanceChange::warnings() const
{
    if (m_inherit && !isInPlace()) {
        return {tr("The secret's own permissions are replaced by its folder's: an account "
                   "granted only on the secret loses access.")};
    }
    return {};
}

void SecretInheritanceChange::apply(RestClient *client, QObject *context, Done done)
{
    client->setSecretInheritsPermissions(m_secret.id, m_inherit, context,
                                         [done](const Result<bool> &result) { done(result); });
}
