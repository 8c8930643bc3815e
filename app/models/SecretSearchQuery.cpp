#include "models/SecretSearchQuery.h"

#include "models/ModelRow.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SecretSearchQuery", text);
}

struct StatusName
{
    SecretSearchQuery::Status status;
    QLatin1String name;
};

constexpr StatusName statusTable[] = {
    { SecretSearchQuery::Status::CheckedOut, QLatin1String("checked-out") },
    { SecretSearchQuery::Status::HeartbeatFailed, QLatin1String("heartbeat-failed") },
    { SecretSearchQuery::Status::Restricted, QLatin1String("restricted") },
    { SecretSearchQuery::Status::CheckOutRequired, QLatin1String("checkout-required") },
    { SecretSearchQuery::Status::Inactive, QLatin1String("inactive") },
};

// Splits on white space outside double quotes; quotes group words and are removed.
QStringList tokenize(const QString &text)
{
    QStringList tokens;
    QString current;
    bool quoted = false;
    bool hasToken = false;
    for (const QChar c : text) {
        if (c == u'"') {
            quoted = !quoted;
            hasToken = true;
        } else if (c.isSpace() && !quoted) {
            if (hasToken)
                tokens.append(current);
            current.clear();
            hasToken = false;
        } else {
            current.append(c);
            hasToken = true;
        }
    }
    if (hasToken)
        tokens.append(current);
    return tokens;
}

std::optional<int> positiveNumber(const QString &value)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number < 0)
        return std::nullopt;
    return number;
}

bool contains(const QModelIndex &index, int role, const QString &needle)
{
    return index.data(role).toString().contains(needle, Qt::CaseInsensitive);
}

} // namespace

SecretSearchQuery SecretSearchQuery::parse(const QString &text)
{
    SecretSearchQuery query;
    QStringList words;
    for (const QString &token : tokenize(text)) {
        const qsizetype colon = token.indexOf(u':');
        const QString key = colon > 0 ? token.left(colon).toLower() : QString();
        static const QStringList keys { QStringLiteral("template"), QStringLiteral("folder"),
                                        QStringLiteral("user"), QStringLiteral("heartbeat"),
                                        QStringLiteral("is") };
        if (!keys.contains(key)) {
            // Secret names may hold colons: an unknown prefix is part of the text.
            if (!token.isEmpty())
                words.append(token);
            continue;
        }
        query.addTerm(key, token.mid(colon + 1).trimmed());
    }
    query.m_text = words.join(u' ');
    return query;
}

void SecretSearchQuery::addTerm(const QString &key, const QString &value)
{
    if (value.isEmpty()) {
        m_problems.append(tr("\"%1:\" needs a value.").arg(key));
        return;
    }
    if (key == QLatin1String("template")) {
        m_templateId = positiveNumber(value);
        m_templateName = m_templateId ? QString() : value;
    } else if (key == QLatin1String("folder")) {
        m_folderId = positiveNumber(value);
        m_folderPath = m_folderId ? QString() : value;
    } else if (key == QLatin1String("user")) {
        m_userName = value;
    } else if (key == QLatin1String("heartbeat")) {
        m_heartbeatStatus = value;
    } else {
        for (const StatusName &entry : statusTable) {
            if (value.compare(entry.name, Qt::CaseInsensitive) == 0) {
                if (!m_statuses.contains(entry.status))
                    m_statuses.append(entry.status);
                return;
            }
        }
        m_problems.append(tr("Unknown filter \"is:%1\"; use one of %2.")
                                  .arg(value, statusNames().join(QStringLiteral(", "))));
    }
}

bool SecretSearchQuery::isEmpty() const
{
    return m_text.isEmpty() && m_templateName.isEmpty() && !m_templateId && m_folderPath.isEmpty()
            && !m_folderId && m_userName.isEmpty() && m_heartbeatStatus.isEmpty()
            && m_statuses.isEmpty();
}

SecretFilter SecretSearchQuery::serverFilter(const SecretFilter &base) const
{
    SecretFilter filter = base;
    if (!m_userName.isEmpty()) {
        filter.searchText = m_userName;
        filter.searchField = userFieldSlug();
    } else {
        filter.searchText = m_text;
        filter.searchField.clear();
    }
    if (m_templateId)
        filter.templateId = m_templateId;
    if (m_folderId) {
        filter.folderId = m_folderId;
        filter.includeSubFolders = true;
    }
    if (!m_heartbeatStatus.isEmpty())
        filter.heartbeatStatus = m_heartbeatStatus;
    if (hasStatus(Status::Inactive))
        filter.includeInactive = true;
    return filter;
}

bool SecretSearchQuery::hasLocalTerms() const
{
    const bool localText = !m_userName.isEmpty() && !m_text.isEmpty();
    return localText || !m_templateName.isEmpty() || !m_folderPath.isEmpty()
            || hasStatus(Status::CheckedOut) || hasStatus(Status::HeartbeatFailed)
            || hasStatus(Status::Restricted) || hasStatus(Status::CheckOutRequired)
            || hasStatus(Status::Inactive);
}

bool SecretSearchQuery::accepts(const QModelIndex &index) const
{
    if (index.data(ModelRow::KindRole).value<ModelRow::Kind>() != ModelRow::Kind::Record)
        return true;

    if (!m_userName.isEmpty() && !m_text.isEmpty()
        && !contains(index, SecretListModel::NameRole, m_text))
        return false;
    if (!m_templateName.isEmpty()
        && !contains(index, SecretListModel::TemplateNameRole, m_templateName))
        return false;
    if (!m_folderPath.isEmpty() && !contains(index, SecretListModel::FolderPathRole, m_folderPath))
        return false;
    if (hasStatus(Status::CheckedOut) && !index.data(SecretListModel::CheckedOutRole).toBool())
        return false;
    if (hasStatus(Status::CheckOutRequired)
        && !index.data(SecretListModel::CheckOutEnabledRole).toBool())
        return false;
    if (hasStatus(Status::HeartbeatFailed)
        && !isFailedHeartbeat(index.data(SecretListModel::HeartbeatStatusRole).toString()))
        return false;
    if (hasStatus(Status::Inactive) && index.data(SecretListModel::ActiveRole).toBool())
        return false;
    if (hasStatus(Status::Restricted)) {
        const bool restricted = index.data(SecretListModel::RestrictedRole).toBool()
                || index.data(SecretListModel::RequiresApprovalRole).toBool()
                || index.data(SecretListModel::RequiresCommentRole).toBool()
                || index.data(SecretListModel::DoubleLockRole).toBool();
        if (!restricted)
            return false;
    }
    return true;
}

QString SecretSearchQuery::userFieldSlug()
{
    // The scan templates (Windows, Unix, database accounts) all name the account field
    // "username" (reference §4.1 filter.searchField / searchFieldSlug).
    return QStringLiteral("username");
}

bool SecretSearchQuery::isFailedHeartbeat(const QString &status)
{
    // Reference §10: every HeartbeatStatus value other than these means the check failed.
    static const QStringList notFailed { QStringLiteral("Success"), QStringLiteral("Pending"),
                                         QStringLiteral("Disabled"), QStringLiteral("Processing") };
    if (status.isEmpty())
        return false;
    return !notFailed.contains(status, Qt::CaseInsensitive);
}

QStringList SecretSearchQuery::statusNames()
{
    QStringList names;
    for (const StatusName &entry : statusTable)
        names.append(entry.name);
    return names;
}
