#pragma once

#include <QWidget>

class QLabel;
class VaultSession;

// The landing page of the main window: which vault the console is connected to, as whom,
// to which server version, and how the connection is protected.
class ConnectionSummary : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionSummary(QWidget *parent = nullptr);

    // Follows this session until another is set; nullptr shows "not connected".
    void setSession(VaultSession *session);
    // While locked the summary says so and how to unlock, whatever the session's state.
    void setLocked(bool locked);

    // One line for the status bar and the summary: how the server is trusted.
    static QString transportDescription(const VaultSession &session);

private:
    void refresh();

    VaultSession *m_session = nullptr;
    bool m_locked = false;
    QLabel *m_heading = nullptr;
    QLabel *m_details = nullptr;
};
