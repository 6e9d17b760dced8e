; Inno Setup 6 script: the Windows installer for the workstation bundle.
;
; Build the bundle first on Windows (packaging\BUILD.md), then from the repository root:
;     "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\annyeong-console.iss
; Output: build\installer\annyeong-console-<version>-setup.exe
;
; Installs per machine into Program Files (help-desk PCs are shared by shifts), adds a Start menu entry
; and, if chosen, a desktop icon. Uninstalling removes the program only: each counselor's local data
; (%LOCALAPPDATA%\annyeong-console, encrypted) and keyring entries stay, since unsent records may be there.

#define AppName "외로움안녕120 상담 콘솔"
#define AppNameEn "Annyeong 120 Counselor Console"
#define AppExe "annyeong-console.exe"
#define Bundle "..\..\build\dist\annyeong-console"
; The version the spec wrote from pyproject.toml (one source of truth).
#define AppVersion Trim(FileRead(FileOpen(Bundle + "\VERSION")))

[Setup]
; A fixed AppId: upgrades replace the installed version instead of adding a second one.
AppId={{6E0A5C1B-4D55-4B8E-9C1E-120A5E0C0120}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Seoul Metropolitan Government — 외로움안녕120
DefaultDirName={autopf}\Annyeong120 Console
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\build\installer
OutputBaseFilename=annyeong-console-{#AppVersion}-setup
SetupIconFile=..\..\build\annyeong-console.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Windows 10 1809 or newer: what PySide6 6.11 supports.
MinVersion=10.0.17763
; A running console holds its files; ask it to close (its close is the orderly shutdown: notes flushed).
CloseApplications=yes
RestartApplications=no
; Sign the installer and the uninstaller with the same tool as the executable (see BUILD.md, "Signing").
; Define the "signtool" sign tool in the Inno Setup IDE or with ISCC /S, then uncomment:
; SignTool=signtool
; SignedUninstaller=yes

[Languages]
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole one-folder bundle, as PyInstaller left it.
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{#AppNameEn}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself may have written next to itself (compiled caches); never user data.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
