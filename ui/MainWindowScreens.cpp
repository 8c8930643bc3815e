// The console's screens and tools beyond the window's own frame: kept apart from
// MainWindow.cpp so that the window's frame (vaults, lock, status) reads on its own.
#include "MainWindow.h"

#include "SessionScreen.h"
#include "admin/CreateFolderDialog.h"
#include "admin/CreateSecretDialog.h"
#include "admin/SecretPermissionsPage.h"
#include "admin/SecretSecurityPage.h"
#include "admin/ServerSettingsScreen.h"
#include "admin/UsersGroupsScreen.h"
#include "admin/SettingsDialog.h"
#include "browse/SecretsScreen.h"
#include "core/ConsoleSettings.h"
#include "models/FolderTreeModel.h"
#include "qualys/IntegrationScreen.h"
#include "qualys/QualysScreen.h"
#include "secret/SecretDetailView.h"
#include "wizard/SetupWizard.h"

#include <QAction>
#include <QMenuBar>
#include <QTreeView>

namespace {

// The folder chosen in the Secrets screen's tree, or -1 for none (the vault's root).
int chosenFolderId(const SecretsScreen *screen)
{
    const QModelIndex index = screen->folderView()->currentIndex();
    const QVariant id = index.data(FolderTreeModel::FolderIdRole);
    return id.isValid() ? id.toInt() : -1;
}

} // namespace

void MainWindow::installScreens(ConsoleSettings *settings,
                                qualys::QualysConnectionStore *qualysConnections)
{
    m_secrets->detailView()->addPage(new SecretPermissionsPage);
    m_secrets->detailView()->addPage(new SecretSecurityPage);
    addScreen(new UsersGroupsScreen, tr("Users and Groups"), QKeySequence(Qt::CTRL | Qt::Key_2));
    addScreen(new ServerSettingsScreen, tr("Server Settings"),
              QKeySequence(Qt::CTRL | Qt::Key_3));
    addScreen(new QualysScreen(qualysConnections, m_credentials, m_profiles), tr("Qualys"),
              QKeySequence(Qt::CTRL | Qt::Key_4));
    auto *readiness = new IntegrationScreen(qualysConnections, m_credentials);
    addScreen(readiness, readiness->screenTitle(), QKeySequence(Qt::CTRL | Qt::Key_5));

    // Tools goes before Help, which stays last.
    auto *tools = new QMenu(tr("&Tools"), this);
    menuBar()->insertMenu(menuBar()->actions().constLast(), tools);

    QAction *wizard = addMenuAction(tools, tr("Set Up &Qualys Integration…"),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_sessionActions.append(wizard);
    connect(wizard, &QAction::triggered, this, [this, qualysConnections] {
        if (!m_session || m_locked)
            return;
        auto *setup = new SetupWizard(m_session, qualysConnections, m_credentials, this);
        setup->setAttribute(Qt::WA_DeleteOnClose);
        // A wizard that outlives its session would act on a dropped token.
        connect(m_session, &QObject::destroyed, setup, &QWidget::close);
        setup->open();
    });

    tools->addSeparator();
    QAction *newFolder = addMenuAction(tools, tr("New &Folder…"),
                                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_sessionActions.append(newFolder);
    connect(newFolder, &QAction::triggered, this, [this] {
        if (!m_session || m_locked)
            return;
        auto *dialog = new CreateFolderDialog(m_session->client(), chosenFolderId(m_secrets),
                                              this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_session, &QObject::destroyed, dialog, &QWidget::close);
        connect(dialog, &CreateFolderDialog::created, m_secrets, &SecretsScreen::reload);
        dialog->open();
    });
    QAction *newSecret = addMenuAction(tools, tr("New &Secret…"),
                                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_sessionActions.append(newSecret);
    connect(newSecret, &QAction::triggered, this, [this] {
        if (!m_session || m_locked)
            return;
        auto *dialog = new CreateSecretDialog(m_session->client(), chosenFolderId(m_secrets),
                                              this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_session, &QObject::destroyed, dialog, &QWidget::close);
        connect(dialog, &CreateSecretDialog::created, m_secrets, &SecretsScreen::reload);
        dialog->open();
    });

    tools->addSeparator();
    QAction *preferences = addMenuAction(tools, tr("&Settings…"),
                                         QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(preferences, &QAction::triggered, this, [this, settings] {
        auto *dialog = new SettingsDialog(settings, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    connect(settings, &ConsoleSettings::changed, this, [this, settings] {
        if (m_session)
            m_session->setMaxParallelRequests(settings->maxParallelRequests());
    });
    updateActions();
}
