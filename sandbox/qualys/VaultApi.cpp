#include "qualys/VaultApi.h"

#include "qualys/QualysCall.h"
#include "qualys/QualysDocument.h"
#include "qualys/QualysLogging.h"
#include "qualys/QualysTenant.h"

#include <QUrl>

namespace sandbox {

using qualys::ErrorCode;

namespace {

const QStringList CommonNames { QStringLiteral("action"), QStringLiteral("echo_request") };
const QStringList FieldNames { QStringLiteral("title"),    QStringLiteral("url"),
                               QStringLiteral("username"), QStringLiteral("password"),
                               QStringLiteral("domain"),   QStringLiteral("comments") };

QStringList typeNames()
{
    QStringList names { QStringLiteral("type") };
    if (qualys::AcceptVaultTypeAlias)
        names.append(QStringLiteral("vault_type"));
    return names;
}

// §2.3: the vault types Qualys knows. The sandbox implements only Thycotic.
const QStringList KnownTypes { QStringLiteral("Azure Key"),
                               QStringLiteral("BeyondTrust PBPS"),
                               QStringLiteral("CA Access Control"),
                               QStringLiteral("CyberArk AIM"),
                               QStringLiteral("CyberArk PIM Suite"),
                               QStringLiteral("HashiCorp"),
                               QStringLiteral("Hitachi ID PAM"),
                               QStringLiteral("Lieberman ERPM"),
                               QStringLiteral("Quest Vault"),
                               QStringLiteral("Thycotic Secret Server"),
                               QStringLiteral("Wallix AdminBastion (WAB)"),
                               QStringLiteral("ARCON PAM") };

constexpr int FieldMaxLength = 255; // [U] no documented limit for vault fields

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

VaultApi::VaultApi(QualysTenant &tenant, std::function<void()> changed)
    : m_tenant(tenant), m_changed(std::move(changed))
{
}

bool VaultApi::isKnownType(const QString &type)
{
    return KnownTypes.contains(type);
}

HttpReply VaultApi::handle(const QualysCall &call)
{
    const QStringList actions { QStringLiteral("list"), QStringLiteral("view"),
                                QStringLiteral("create"), QStringLiteral("update"),
                                QStringLiteral("delete") };
    if (const auto error = call.checkAction(actions))
        return *error;

    const QString action = call.value(QStringLiteral("action"));
    if (action == QLatin1String("list"))
        return list(call);
    if (action == QLatin1String("view"))
        return view(call);
    if (const auto error = call.requirePost())
        return *error;
    if (action == QLatin1String("create"))
        return create(call);
    if (action == QLatin1String("update"))
        return update(call);
    return remove(call);
}

std::optional<HttpReply> VaultApi::checkType(const QualysCall &call, QString *type) const
{
    if (const auto error = call.checkExclusive(typeNames()))
        return error;

    const QStringList given = call.parameters().presentOf(typeNames());
    if (given.isEmpty())
        return std::nullopt;
    *type = call.value(given.first());
    if (*type == qualys::ThycoticVaultType)
        return std::nullopt;
    if (KnownTypes.contains(*type))
        return call.invalid(
                given.first(),
                QStringLiteral("the sandbox offers only %1").arg(qualys::ThycoticVaultType));
    return call.invalid(given.first());
}

std::optional<HttpReply> VaultApi::checkFields(const QualysCall &call, int selfId) const
{
    for (const QString &name : FieldNames) {
        const int limit
                = name == QLatin1String("comments") ? qualys::CommentsMaxLength : FieldMaxLength;
        if (call.value(name).size() > limit)
            return call.invalid(name, QStringLiteral("longer than %1 characters").arg(limit));
    }

    if (call.has(QStringLiteral("url"))) {
        const QUrl url(call.value(QStringLiteral("url")), QUrl::StrictMode);
        const bool web
                = url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
        if (!url.isValid() || !web || url.host().isEmpty())
            return call.invalid(QStringLiteral("url"));
    }

    const QString title = call.value(QStringLiteral("title"));
    const AuthVault *same = m_tenant.vaultByTitle(title);
    if (call.has(QStringLiteral("title")) && same && same->id != selfId)
        return call.fail(qualys::DuplicateTitleCode,
                         QStringLiteral("A vault with title %1 already exists").arg(title));
    return std::nullopt;
}

HttpReply VaultApi::list(const QualysCall &call)
{
    if (const auto error
        = call.checkNames(CommonNames + typeNames() + QStringList { QStringLiteral("title") }, {}))
        return *error;
    QString type;
    if (const auto error = call.checkExclusive(typeNames()))
        return *error;
    const QStringList typeGiven = call.parameters().presentOf(typeNames());
    if (!typeGiven.isEmpty())
        type = call.value(typeGiven.first());

    QList<const AuthVault *> shown;
    for (const auto &[id, vault] : m_tenant.vaults()) {
        const bool titleMatches = !call.has(QStringLiteral("title"))
                || vault.title == call.value(QStringLiteral("title"));
        if (titleMatches && (type.isEmpty() || vault.type == type))
            shown.append(&vault);
    }

    QualysDocument document(QStringLiteral("AUTH_VAULT_LIST_OUTPUT"), call.host(),
                            QStringLiteral("/api/2.0/fo/vault/vault_output.dtd"));
    document.start(QStringLiteral("RESPONSE"));
    document.dateTime(QStringLiteral("DATETIME"));
    document.text(QStringLiteral("STATUS"), QStringLiteral("Success"));
    document.text(QStringLiteral("COUNT"), QString::number(shown.size()));
    document.start(QStringLiteral("AUTH_VAULTS"));
    for (const AuthVault *vault : std::as_const(shown)) {
        document.start(QStringLiteral("AUTH_VAULT"));
        document.text(QStringLiteral("ID"), QString::number(vault->id));
        document.cdata(QStringLiteral("TITLE"), vault->title);
        document.cdata(QStringLiteral("VAULT_TYPE"), vault->type);
        document.text(QStringLiteral("LAST_MODIFIED"), timeText(vault->lastModified));
        document.end();
    }
    document.end();
    document.end();
    return document.finish(200);
}

HttpReply VaultApi::view(const QualysCall &call)
{
    if (const auto error = call.checkNames(CommonNames + QStringList { QStringLiteral("id") },
                                           { QStringLiteral("id") }))
        return *error;
    HttpReply error;
    const std::optional<int> id = call.positiveId(QStringLiteral("id"), &error);
    if (!id)
        return error;
    const AuthVault *vault = m_tenant.vault(*id);
    if (!vault)
        return call.fail(qualys::UnknownIdCode,
                         QStringLiteral("Vault with id %1 does not exist").arg(*id));

    // §2.4: the view root is [U]; the password is never part of it.
    QualysDocument document(QStringLiteral("AUTH_VAULT_VIEW_OUTPUT"), call.host(),
                            QStringLiteral("/api/2.0/fo/vault/vault_view_output.dtd"));
    document.start(QStringLiteral("RESPONSE"));
    document.dateTime(QStringLiteral("DATETIME"));
    document.start(QStringLiteral("AUTH_VAULT"));
    document.text(QStringLiteral("ID"), QString::number(vault->id));
    document.cdata(QStringLiteral("TITLE"), vault->title);
    document.cdata(QStringLiteral("VAULT_TYPE"), vault->type);
    document.cdata(QStringLiteral("URL"), vault->url);
    document.cdata(QStringLiteral("USERNAME"), vault->username);
    document.cdata(QStringLiteral("DOMAIN"), vault->domain);
    document.cdata(QStringLiteral("COMMENTS"), vault->comments);
    document.text(QStringLiteral("LAST_MODIFIED"), timeText(vault->lastModified));
    document.cdata(QStringLiteral("LAST_MODIFIED_BY"), vault->lastModifiedBy);
    document.end();
    document.end();
    return document.finish(200);
}

HttpReply VaultApi::create(const QualysCall &call)
{
    const QStringList required { QStringLiteral("title"), QStringLiteral("url"),
                                 QStringLiteral("username"), QStringLiteral("password") };
    if (const auto error = call.checkNames(CommonNames + typeNames() + FieldNames, required))
        return *error;
    QString type;
    if (const auto error = checkType(call, &type))
        return *error;
    if (type.isEmpty())
        return call.fail(ErrorCode::MissingParameter,
                         QStringLiteral("Missing required parameter(s): type"));
    if (const auto error = checkFields(call, 0))
        return *error;

    AuthVault vault;
    vault.title = call.value(QStringLiteral("title"));
    vault.type = type;
    vault.url = call.value(QStringLiteral("url"));
    vault.username = call.value(QStringLiteral("username"));
    vault.password = call.value(QStringLiteral("password"));
    vault.domain = call.value(QStringLiteral("domain"));
    vault.comments = call.value(QStringLiteral("comments"));
    vault.lastModified = QDateTime::currentDateTimeUtc();
    vault.lastModifiedBy = call.user();
    const int id = m_tenant.addVault(vault);
    m_changed();

    qCInfo(lcSandboxQualys) << "vault" << id << "created by" << call.user();
    return QualysDocument::simpleReturn(call.host(), 200, QStringLiteral("Success"),
                                        { { qualys::CreatedIdKey, QString::number(id) } });
}

HttpReply VaultApi::update(const QualysCall &call)
{
    if (const auto error = call.checkNames(CommonNames + typeNames() + FieldNames
                                                   + QStringList { QStringLiteral("id") },
                                           { QStringLiteral("id") }))
        return *error;
    HttpReply error;
    const std::optional<int> id = call.positiveId(QStringLiteral("id"), &error);
    if (!id)
        return error;
    const AuthVault *existing = m_tenant.vault(*id);
    if (!existing)
        return call.fail(qualys::UnknownIdCode,
                         QStringLiteral("Vault with id %1 does not exist").arg(*id));

    // §2.2: the type cannot change after creation [U]; repeating it is harmless.
    QString type;
    if (const auto typeError = checkType(call, &type))
        return *typeError;
    if (!type.isEmpty() && type != existing->type)
        return call.invalid(call.has(QStringLiteral("type")) ? QStringLiteral("type")
                                                             : QStringLiteral("vault_type"),
                            QStringLiteral("the vault type cannot be changed"));
    for (const QString &name : { QStringLiteral("title"), QStringLiteral("url"),
                                 QStringLiteral("username"), QStringLiteral("password") }) {
        if (call.has(name) && call.value(name).isEmpty())
            return call.invalid(name, QStringLiteral("must not be empty"));
    }
    if (const auto fieldError = checkFields(call, *id))
        return *fieldError;

    AuthVault vault = *existing;
    const auto apply = [&call](const QString &name, QString &field) {
        if (call.has(name))
            field = call.value(name);
    };
    apply(QStringLiteral("title"), vault.title);
    apply(QStringLiteral("url"), vault.url);
    apply(QStringLiteral("username"), vault.username);
    apply(QStringLiteral("password"), vault.password);
    apply(QStringLiteral("domain"), vault.domain);
    apply(QStringLiteral("comments"), vault.comments);
    vault.lastModified = QDateTime::currentDateTimeUtc();
    vault.lastModifiedBy = call.user();
    m_tenant.replaceVault(vault);
    m_changed();

    qCInfo(lcSandboxQualys) << "vault" << vault.id << "updated by" << call.user();
    return QualysDocument::simpleReturn(call.host(), 200, QStringLiteral("Success"),
                                        { { qualys::CreatedIdKey, QString::number(vault.id) } });
}

HttpReply VaultApi::remove(const QualysCall &call)
{
    if (const auto error = call.checkNames(CommonNames + QStringList { QStringLiteral("id") },
                                           { QStringLiteral("id") }))
        return *error;
    HttpReply error;
    const std::optional<int> id = call.positiveId(QStringLiteral("id"), &error);
    if (!id)
        return error;
    if (!m_tenant.vault(*id))
        return call.fail(qualys::UnknownIdCode,
                         QStringLiteral("Vault with id %1 does not exist").arg(*id));

    // [U] Qualys is believed to refuse deleting a vault that records still use.
    const QList<int> users = m_tenant.recordsUsingVault(*id);
    if (!users.isEmpty()) {
        QStringList ids;
        for (int recordId : users)
            ids.append(QString::number(recordId));
        return call.fail(qualys::VaultInUseCode,
                         QStringLiteral("Vault with id %1 is in use by authentication "
                                        "record(s): %2")
                                 .arg(*id)
                                 .arg(ids.join(u',')));
    }

    m_tenant.removeVault(*id);
    m_changed();

    qCInfo(lcSandboxQualys) << "vault" << *id << "deleted by" << call.user();
    return QualysDocument::simpleReturn(
            call.host(), 200, QStringLiteral("Success"),
            { { QStringLiteral("Status"), QStringLiteral("Deleted") } });
}

} // namespace sandbox
