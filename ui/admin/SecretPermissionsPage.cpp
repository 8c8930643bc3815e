#include "admin/SecretPermissionsPage.h"

#include "admin/ChangePreviewDialog.h"
#include "changes/FolderChanges.h"
#include "changes/SecretChanges.h"
#include "changes/SecretLookup.h"
#include "models/EffectiveAccessModel.h"
#include "models/PermissionsModel.h"
#include "secretserver/RestClient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace secretserver;

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int IsGroupRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2;

QTreeView *makeList(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAccessibleName(name);
    view->header()->setStretchLastSection(true);
    return view;
}

} // namespace

SecretPermissionsPage::SecretPermissionsPage(QWidget *parent)
    : SecretPage(parent), m_secretModel(new PermissionsModel(this)),
      m_folderModel(new PermissionsModel(this)), m_accessModel(new EffectiveAccessModel(this)),
      m_inherit(new QCheckBox(tr("&Inherit permissions from the folder"), this)),
      m_folderHeading(new QLabel(this)),
      m_secretView(makeList(m_secretModel, tr("Permissions on the secret"), this)),
      m_folderView(makeList(m_folderModel, tr("Permissions on the folder"), this)),
      m_principal(new QComboBox(this)), m_explanation(new QLabel(this)),
      m_accessView(makeList(m_accessModel, tr("Paths that grant access"), this)),
      m_role(new QComboBox(this)), m_target(new QComboBox(this)), m_roleWarning(new QLabel(this)),
      m_grant(new QPushButton(this)), m_change(new QPushButton(tr("C&hange role…"), this)),
      m_remove(new QPushButton(tr("Re&move…"), this))
{
    m_inherit->setAccessibleName(tr("Inherit permissions from the folder"));
    m_principal->setAccessibleName(tr("User or group to explain"));
    m_explanation->setAccessibleName(tr("Access explanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_role->setAccessibleName(tr("Role to grant"));
    // Least privilege first: View is what a scanner needs.
    m_role->addItem(tr("View"), QStringLiteral("View"));
    m_role->addItem(tr("Edit"), QStringLiteral("Edit"));
    m_role->addItem(tr("Owner"), QStringLiteral("Owner"));
    m_target->setAccessibleName(tr("Where to grant"));
    m_target->addItem(tr("This secret"));
    m_target->addItem(tr("Its folder (every secret in it)"));
    m_roleWarning->setWordWrap(true);
    m_roleWarning->setAccessibleName(tr("Role warning"));
    m_grant->setAccessibleName(tr("Grant access"));
    m_change->setAccessibleName(tr("Change the role of the selected permission"));
    m_remove->setAccessibleName(tr("Remove the selected permission"));

    auto *secretLabel = new QLabel(tr("Permissions on the &secret:"), this);
    secretLabel->setBuddy(m_secretView);

    auto *explainer = new QGroupBox(tr("Who can read this secret"), this);
    auto *form = new QFormLayout;
    auto *principalLabel = new QLabel(tr("&User or group:"), explainer);
    principalLabel->setBuddy(m_principal);
    form->addRow(principalLabel, m_principal);
    auto *roleLabel = new QLabel(tr("R&ole:"), explainer);
    roleLabel->setBuddy(m_role);
    form->addRow(roleLabel, m_role);
    auto *targetLabel = new QLabel(tr("Grant o&n:"), explainer);
    targetLabel->setBuddy(m_target);
    form->addRow(targetLabel, m_target);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_grant);
    buttons->addWidget(m_change);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *explainerLayout = new QVBoxLayout(explainer);
    explainerLayout->addLayout(form);
    explainerLayout->addWidget(m_explanation);
    explainerLayout->addWidget(m_accessView);
    explainerLayout->addWidget(m_roleWarning);
    explainerLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_inherit);
    layout->addWidget(secretLabel);
    layout->addWidget(m_secretView);
    layout->addWidget(m_folderHeading);
    layout->addWidget(m_folderView);
    layout->addWidget(explainer);

    connect(m_inherit, &QCheckBox::clicked, this, &SecretPermissionsPage::setInheritance);
    connect(m_grant, &QPushButton::clicked, this, &SecretPermissionsPage::grantAccess);
    connect(m_change, &QPushButton::clicked, this, &SecretPermissionsPage::changeRole);
    connect(m_remove, &QPushButton::clicked, this, &SecretPermissionsPage::removePermission);
    connect(m_principal, &QComboBox::currentIndexChanged, this, &SecretPermissionsPage::explain);
    connect(m_role, &QComboBox::currentIndexChanged, this,
            &SecretPermissionsPage::updateRoleWarning);
    connect(m_accessModel, &EffectiveAccessModel::resolved, this,
            &SecretPermissionsPage::showUserAccess);
    connect(m_accessModel, &RemoteListModel::statusChanged, this,
            [this](RemoteListModel::Status status) {
                if (status == RemoteListModel::Status::Failed && m_client
                    && !selectedPrincipal().isGroup)
                    setExplanation(
                            tr("Could not work out who can read this secret; see the list below."));
            });
    // A group's access is read off the permission lists, so explain again once they arrive.
    for (PermissionsModel *model : { m_secretModel, m_folderModel }) {
        connect(model, &RemoteListModel::pageLoaded, this, [this] {
            if (selectedPrincipal().isGroup)
                showGroupAccess();
            updateButtons();
        });
    }
    // One selection at a time: Change role and Remove act on it.
    connect(m_secretView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_secretView->selectionModel()->hasSelection())
            m_folderView->clearSelection();
        updateButtons();
    });
    connect(m_folderView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_folderView->selectionModel()->hasSelection())
            m_secretView->clearSelection();
        updateButtons();
    });
    updateRoleWarning();
    clear();
}

SecretPermissionsPage::~SecretPermissionsPage() = default;

QString SecretPermissionsPage::title() const
{
    return tr("Permissions");
}

void SecretPermissionsPage::showSecret(RestClient *client, const SecretSummary &secret)
{
    if (!client) {
        clear();
        return;
    }
    const bool newClient = client != m_client;
    m_client = client;
    m_secret = secret;
    setEnabled(client != nullptr);
    m_secretModel->setClient(client);
    m_folderModel->setClient(client);
    m_accessModel->setClient(client);
    if (newClient || m_principal->count() == 0)
        loadPrincipals();
    reload();
}

void SecretPermissionsPage::clear()
{
    m_client = nullptr;
    m_secret = SecretSummary {};
    ++m_principalsGeneration;
    m_secretModel->setClient(nullptr);
    m_folderModel->setClient(nullptr);
    m_accessModel->setClient(nullptr);
    m_secretModel->reload();
    m_folderModel->reload();
    m_accessModel->reload();
    m_principal->clear();
    m_folderHeading->clear();
    setExplanation(QString());
    setEnabled(false);
}

QString SecretPermissionsPage::explanation() const
{
    return m_explanationText;
}

bool SecretPermissionsPage::selectPrincipal(bool isGroup, int id)
{
    for (int i = 0; i < m_principal->count(); ++i) {
        if (m_principal->itemData(i, IdRole).toInt() == id
            && m_principal->itemData(i, IsGroupRole).toBool() == isGroup) {
            m_principal->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

Principal SecretPermissionsPage::selectedPrincipal() const
{
    const int i = m_principal->currentIndex();
    if (i < 0)
        return {};
    return { m_principal->itemData(i, IsGroupRole).toBool(),
             m_principal->itemData(i, IdRole).toInt(),
             m_principal->itemData(i, NameRole).toString() };
}

void SecretPermissionsPage::setRole(const QString &role)
{
    const int i = m_role->findData(role);
    if (i >= 0)
        m_role->setCurrentIndex(i);
}

bool SecretPermissionsPage::selectPermission(const QString &principalName)
{
    for (auto [model, view] :
         { std::pair { m_secretModel, m_secretView }, std::pair { m_folderModel, m_folderView } }) {
        for (int row = 0; row < model->recordCount(); ++row) {
            if (model->entryAt(row)->name.compare(principalName, Qt::CaseInsensitive) == 0) {
                view->setCurrentIndex(model->index(row, 0));
                view->selectionModel()->select(model->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect
                                                       | QItemSelectionModel::Rows);
                return true;
            }
        }
    }
    return false;
}

// Users and groups for the explainer; the Qualys application account is preselected.
void SecretPermissionsPage::loadPrincipals()
{
    const quint64 generation = ++m_principalsGeneration;
    m_principal->clear();
    UserQuery users;
    users.page.allPages = true;
    m_client->searchUsers(users, this, [this, generation](const Result<Page<User>> &result) {
        if (generation != m_principalsGeneration || !m_client)
            return;
        if (!result.ok()) {
            setExplanation(tr("Could not read the users: %1").arg(result.message));
            return;
        }
        int qualys = -1;
        const QSignalBlocker blocker(m_principal);
        for (const User &user : result.value.records) {
            m_principal->addItem(user.userName);
            const int i = m_principal->count() - 1;
            m_principal->setItemData(i, user.id, IdRole);
            m_principal->setItemData(i, false, IsGroupRole);
            m_principal->setItemData(i, user.userName, NameRole);
            m_principal->setItemData(i, user.displayName, Qt::ToolTipRole);
            if (qualys < 0 && user.isApplicationAccount
                && user.userName.contains(QLatin1String("qualys"), Qt::CaseInsensitive))
                qualys = i;
        }
        m_principal->setCurrentIndex(qMax(qualys, 0));
        GroupQuery groups;
        groups.page.allPages = true;
        m_client->searchGroups(groups, this, [this, generation](const Result<Page<Group>> &found) {
            if (generation != m_principalsGeneration)
                return;
            const QSignalBlocker groupsBlocker(m_principal);
            for (const Group &group : found.value.records) {
                m_principal->addItem(tr("group %1").arg(group.name));
                const int i = m_principal->count() - 1;
                m_principal->setItemData(i, group.id, IdRole);
                m_principal->setItemData(i, true, IsGroupRole);
                m_principal->setItemData(i, group.name, NameRole);
            }
        });
        explain();
    });
}

void SecretPermissionsPage::reload()
{
    {
        const QSignalBlocker blocker(m_inherit);
        m_inherit->setChecked(m_secret.inheritsPermissions);
    }
    m_folderHeading->setText(
            m_secret.inheritsPermissions
                    ? tr("Permissions on folder %1 (the secret uses these):").arg(folderName())
                    : tr("Permissions on folder %1 (not used by the secret):").arg(folderName()));
    m_secretModel->showSecret(m_secret.id, m_secret.inheritsPermissions);
    m_folderModel->showFolder(m_secret.folderId);
    explain();
    updateButtons();
}

// After a change: the summary says whether the secret inherits now.
void SecretPermissionsPage::refreshSummary()
{
    if (!m_client)
        return;
    SecretLookup::find(m_client, secretRef(), this, [this](const Result<SecretSummary> &found) {
        if (found.ok())
            m_secret = found.value;
        reload();
    });
}

void SecretPermissionsPage::explain()
{
    const Principal who = selectedPrincipal();
    if (!m_client || m_secret.id <= 0 || who.id <= 0) {
        setExplanation(QString());
        return;
    }
    setExplanation(tr("Working out what %1 can do…").arg(who.name));
    // The path list is worked out per user; a group's one path is its own entry.
    m_accessView->setVisible(!who.isGroup);
    if (who.isGroup) {
        showGroupAccess();
        return;
    }
    m_accessModel->resolve(who.id, m_secret.id, m_secret.folderId, m_secret.inheritsPermissions);
}

void SecretPermissionsPage::showUserAccess(const EffectiveAccess &access)
{
    const Principal who = selectedPrincipal();
    if (who.isGroup || access.userId != who.id || access.secretId != m_secret.id)
        return;
    QStringList paths;
    for (const AccessGrant &grant : access.grants) {
        const QString via
                = grant.groupId ? tr("via group %1").arg(grant.groupName) : tr("directly");
        paths << (grant.source == AccessGrant::Source::Secret
                          ? tr("%1 on the secret (%2)").arg(via, grant.role)
                          : tr("%1 on folder %2 (inherited, %3)")
                                    .arg(via, grant.folderName, grant.role));
    }
    if (access.canView()) {
        setExplanation(tr("%1 can %2 this secret: %3")
                               .arg(who.name, access.role, paths.join(QStringLiteral("; "))));
    } else if (!access.role.isEmpty()) {
        setExplanation(tr("%1 cannot read this secret's password: %2 only — grant View (%3)")
                               .arg(who.name, access.role, paths.join(QStringLiteral("; "))));
    } else {
        setExplanation(tr("%1 cannot read this secret's password: no permission — grant View")
                               .arg(who.name));
    }
}

// Groups do not nest in Secret Server: a group's access is its own entry in the list the
// secret uses (its own, or its folder's when it inherits).
void SecretPermissionsPage::showGroupAccess()
{
    const Principal who = selectedPrincipal();
    if (!who.isGroup || m_secret.id <= 0)
        return;
    PermissionsModel *model = m_secret.inheritsPermissions ? m_folderModel : m_secretModel;
    if (model->status() != RemoteListModel::Status::Idle)
        return;
    QString role;
    for (int row = 0; row < model->recordCount(); ++row) {
        const PermissionEntry *entry = model->entryAt(row);
        if (entry->isGroup && entry->principalId == who.id
            && EffectiveAccess::roleRank(entry->secretRole) > EffectiveAccess::roleRank(role))
            role = entry->secretRole;
    }
    const QString where = m_secret.inheritsPermissions
            ? tr("on folder %1 (inherited)").arg(folderName())
            : tr("on the secret");
    const QString name = tr("group %1").arg(who.name);
    if (EffectiveAccess::roleRank(role) >= EffectiveAccess::roleRank(QStringLiteral("View")))
        setExplanation(tr("%1 can %2 this secret: directly %3").arg(name, role, where));
    else if (EffectiveAccess::roleRank(role) > 0)
        setExplanation(
                tr("%1 cannot read this secret's password: %2 only — grant View").arg(name, role));
    else
        setExplanation(
                tr("%1 cannot read this secret's password: no permission — grant View").arg(name));
}

void SecretPermissionsPage::setExplanation(const QString &text)
{
    if (text == m_explanationText)
        return;
    m_explanationText = text;
    m_explanation->setText(text);
    emit explanationChanged(text);
}

void SecretPermissionsPage::updateButtons()
{
    const bool ready = m_client && m_secret.id > 0;
    m_grant->setEnabled(ready);
    m_inherit->setEnabled(ready);
    const bool selected = ready && selectedPermission().row >= 0;
    m_change->setEnabled(selected);
    m_remove->setEnabled(selected);
}

void SecretPermissionsPage::updateRoleWarning()
{
    const QString role = m_role->currentData().toString();
    m_grant->setText(tr("&Grant %1…").arg(m_role->currentText()));
    if (EffectiveAccess::roleRank(role)
        > EffectiveAccess::roleRank(QLatin1String(LeastPrivilegeRole)))
        m_roleWarning->setText(tr("%1 is more than scanning needs: the scanner only reads the "
                                  "secret, so View is enough.")
                                       .arg(m_role->currentText()));
    else
        m_roleWarning->clear();
}

SecretPermissionsPage::Selected SecretPermissionsPage::selectedPermission() const
{
    for (auto [view, onFolder] :
         { std::pair { m_secretView, false }, std::pair { m_folderView, true } }) {
        const QModelIndexList rows = view->selectionModel()->selectedRows();
        const auto *model = onFolder ? m_folderModel : m_secretModel;
        if (!rows.isEmpty() && model->entryAt(rows.first().row()))
            return { onFolder, rows.first().row() };
    }
    return {};
}

SecretRef SecretPermissionsPage::secretRef() const
{
    return { m_secret.id, m_secret.name, m_secret.folderId };
}

QString SecretPermissionsPage::folderName() const
{
    const QString name = m_secret.folderPath.section(QLatin1Char('\\'), -1);
    return name.isEmpty() ? tr("#%1").arg(m_secret.folderId) : name;
}

void SecretPermissionsPage::grantAccess()
{
    const Principal who = selectedPrincipal();
    if (!m_client || m_secret.id <= 0 || who.id <= 0)
        return;
    const QString role = m_role->currentData().toString();
    if (m_target->currentIndex() == 1) {
        openPreview(tr("Grant %1 on folder %2").arg(role, folderName()),
                    std::make_unique<FolderAccessChange>(m_secret.folderId, folderName(), who,
                                                         FolderAccessChange::Action::Set,
                                                         QStringLiteral("View"), role));
        return;
    }
    openPreview(tr("Grant %1 on secret %2").arg(role, m_secret.name),
                std::make_unique<SecretAccessChange>(secretRef(), who,
                                                     SecretAccessChange::Action::Set, role));
}

void SecretPermissionsPage::changeRole()
{
    const Selected selected = selectedPermission();
    if (!m_client || selected.row < 0)
        return;
    const QString role = m_role->currentData().toString();
    const PermissionEntry *entry
            = (selected.onFolder ? m_folderModel : m_secretModel)->entryAt(selected.row);
    const Principal who { entry->isGroup, entry->principalId, entry->name };
    if (selected.onFolder) {
        openPreview(tr("Change a role on folder %1").arg(folderName()),
                    std::make_unique<FolderAccessChange>(m_secret.folderId, folderName(), who,
                                                         FolderAccessChange::Action::Set,
                                                         entry->folderRole, role));
        return;
    }
    openPreview(tr("Change a role on secret %1").arg(m_secret.name),
                std::make_unique<SecretAccessChange>(secretRef(), who,
                                                     SecretAccessChange::Action::Set, role));
}

void SecretPermissionsPage::removePermission()
{
    const Selected selected = selectedPermission();
    if (!m_client || selected.row < 0)
        return;
    const PermissionEntry *entry
            = (selected.onFolder ? m_folderModel : m_secretModel)->entryAt(selected.row);
    const Principal who { entry->isGroup, entry->principalId, entry->name };
    if (selected.onFolder) {
        openPreview(tr("Remove a permission from folder %1").arg(folderName()),
                    std::make_unique<FolderAccessChange>(m_secret.folderId, folderName(), who,
                                                         FolderAccessChange::Action::Remove));
        return;
    }
    openPreview(tr("Remove a permission from secret %1").arg(m_secret.name),
                std::make_unique<SecretAccessChange>(secretRef(), who,
                                                     SecretAccessChange::Action::Remove));
}

void SecretPermissionsPage::setInheritance(bool inherit)
{
    if (!m_client || m_secret.id <= 0)
        return;
    openPreview(tr("Permission inheritance of %1").arg(m_secret.name),
                std::make_unique<SecretInheritanceChange>(secretRef(), inherit));
}

void SecretPermissionsPage::openPreview(const QString &heading,
                                        std::unique_ptr<ServerChange> change)
{
    auto *dialog = new ChangePreviewDialog(m_client, heading, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->addChange(std::move(change));
    const int secretId = m_secret.id;
    connect(dialog, &ChangePreviewDialog::changesApplied, this, [this, secretId] {
        refreshSummary();
        emit secretChanged(secretId);
    });
    // Cancelled: the switch shows the server's state again.
    connect(dialog, &QDialog::finished, this, [this] {
        const QSignalBlocker blocker(m_inherit);
        m_inherit->setChecked(m_secret.inheritsPermissions);
    });
    m_preview = dialog;
    dialog->start();
}

ChangePreviewDialog *SecretPermissionsPage::previewDialog() const
{
    return m_preview.data();
}
