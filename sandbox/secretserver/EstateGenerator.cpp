// A generated estate for scale tests: the seed's directory plus many folders and secrets.
#include "secretserver/EstateData.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

namespace sandbox {

namespace {

User makeUser(int id, const char *name, const char *display, const char *password, bool application,
              bool administrator)
{
    User entry;
    entry.id = id;
    entry.userName = QString::fromLatin1(name);
    entry.displayName = QString::fromLatin1(display);
    entry.password = QString::fromLatin1(password);
    entry.isApplicationAccount = application;
    entry.isAdministrator = administrator;
    return entry;
}

QString fastPassword(QRandomGenerator &random)
{
    static const QString alphabet
            = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%+-=?@");
    QString password(16, Qt::Uninitialized);
    for (QChar &character : password)
        character = alphabet.at(random.bounded(int(alphabet.size())));
    return password;
}

} // namespace

void Estate::generate(int secretCount, int folderCount)
{
    QElapsedTimer timer;
    timer.start();
    d->clear();
    const QDateTime created = now();
    QRandomGenerator random(20240611); // same estate every run

    // The same accounts as the seed, so tests and banners work on either.
    for (const User &entry :
         { makeUser(1, "admin", "Sandbox Administrator", "Sandbox-Admin-1!", false, true),
           makeUser(2, "svc-qualys", "Qualys Scanner", "Sandbox-Qualys-1!", true, false),
           makeUser(3, "svc-qualys-dmz", "Qualys DMZ Scanner", "Sandbox-Dmz-1!", true, false),
           makeUser(4, "jdoe", "Jane Doe", "Sandbox-User-1!", false, false) }) {
        d->users[entry.id] = entry;
        d->users[entry.id].created = created;
    }
    d->groups[1] = Group { 1, QStringLiteral("Qualys Scanners"), {}, true, { 2, 3 } };
    d->groups[2] = Group { 2, QStringLiteral("Security Team"), {}, true, { 4 } };
    d->groups[3] = Group { 3, QStringLiteral("Administrators"), {}, true, { 1 } };
    d->ipRestrictions[1] = IpRestriction {
        1, QStringLiteral("Scanner appliances"), QStringLiteral("127.0.0.0/24"), { 2 }, {}
    };
    d->ipRestrictions[2] = IpRestriction {
        2, QStringLiteral("DMZ scanner"), QStringLiteral("127.0.0.200/32"), { 3 }, {}
    };

    // Folders: a root per region, the rest spread beneath them, all inheriting.
    const int folders = qMax(1, folderCount);
    const int roots = qMax(1, folders / 50);
    for (int id = 1; id <= folders; ++id) {
        Folder entry;
        entry.id = id;
        entry.parentId = id <= roots ? -1 : 1 + (id - roots - 1) % roots;
        entry.inheritPermissions = entry.parentId != -1;
        entry.name = id <= roots ? QStringLiteral("Region %1").arg(id, 3, 10, QLatin1Char('0'))
                                 : QStringLiteral("Site %1").arg(id, 5, 10, QLatin1Char('0'));
        d->folders[id] = entry;
        d->indexFolder(entry);
    }
    int permissionId = 0;
    for (int root = 1; root <= roots; ++root) {
        for (const auto &[group, folderRole, secretRole] :
             { std::tuple { 1, FolderRole::View, SecretRole::View },
               std::tuple { 2, FolderRole::Owner, SecretRole::Owner },
               std::tuple { 3, FolderRole::Owner, SecretRole::Owner } }) {
            FolderPermission entry { ++permissionId, root, 0, group, folderRole, secretRole };
            d->folderPermissions[entry.id] = entry;
            d->permissionsByFolder[root].append(entry.id);
        }
    }

    // Secrets: templates in turn, realistic host names, no restrictions.
    const QList<SecretTemplate> templates = builtInTemplates();
    const int leafStart = folders > roots ? roots + 1 : 1;
    const int leafCount = folders - leafStart + 1;
    for (int id = 1; id <= secretCount; ++id) {
        const SecretTemplate &secretTemplate = templates.at(id % templates.size());
        Secret entry;
        entry.id = id;
        entry.folderId = leafStart + (id - 1) % leafCount;
        entry.templateId = secretTemplate.id;
        entry.created = created;
        const QString host = QStringLiteral("host%1.corp.example").arg(id, 6, 10, QLatin1Char('0'));
        entry.name = host.section(QLatin1Char('.'), 0, 0) + QLatin1Char(' ') + secretTemplate.name;
        for (const TemplateField &field : secretTemplate.fields) {
            SecretItem item { d->nextItemId++, field.id, field.slug, {} };
            if (field.slug == QLatin1String("password"))
                item.value = fastPassword(random);
            else if (field.slug == QLatin1String("username"))
                item.value = QStringLiteral("svc_scan");
            else if (field.slug == QLatin1String("machine")
                     || field.slug == QLatin1String("server"))
                item.value = host;
            else if (field.slug == QLatin1String("domain"))
                item.value = QStringLiteral("corp.example");
            else if (field.slug == QLatin1String("database"))
                item.value = QStringLiteral("SCANDB");
            entry.items.append(item);
        }
        const auto it = d->secrets.emplace_hint(d->secrets.end(), id, entry);
        d->indexSecret(it->second);
    }
    qCInfo(lcEstate) << "generated" << secretCount << "secrets in" << folders << "folders in"
                     << timer.elapsed() << "ms";
}

} // namespace sandbox
