; Inno Setup script: German and English installer, per-user (no admin rights), Start-menu entry.
; The uninstaller keeps the user's CRM, backups and logs unless the user asks to remove them.
; Build (after PyInstaller):  iscc packaging\windows\paxdesk.iss
; The bundle folder can be given: iscc /DBundleDir=<folder> /O<output folder> ... (scripts/windows.sh does)

#define AppName "paxdesk"
#define AppVersion "0.1.0"
#ifndef BundleDir
  #define BundleDir "..\..\dist\paxdesk"
#endif

[Setup]
AppId={{7B2C5E4A-9F1D-4C38-A0E2-5D6B8C1F4A73}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=paxdesk
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=paxdesk-setup-{#AppVersion}
SetupIconFile=..\..\resources\icons\paxdesk.ico
UninstallDisplayIcon={app}\paxdesk.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
DisableProgramGroupPage=yes

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
de.RemoveData=Auch die CRM-Daten, Sicherungen und Protokolle von paxdesk löschen?%n%nSicherungen enthalten personenbezogene Daten. Wählen Sie „Nein“, um sie zu behalten.
en.RemoveData=Also delete paxdesk's CRM data, backups and logs?%n%nBackups contain personal data. Choose "No" to keep them.

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\paxdesk.exe"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\paxdesk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\paxdesk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// platformdirs: user data and logs live in %LOCALAPPDATA%\paxdesk\paxdesk
// SuppressibleMsgBox: a silent uninstall with /SUPPRESSMSGBOXES (software distribution) answers No and keeps
// the data; a plain MsgBox would wait for a click nobody can give.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    if SuppressibleMsgBox(CustomMessage('RemoveData'), mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES then
      DelTree(ExpandConstant('{localappdata}\paxdesk'), True, True, True);
end;
