; assessor's Windows installer (Inno Setup 6.3 or later). Built by packaging/build.py after PyInstaller:
;
;   iscc /Q /DAppVersion=0.1.0 /DAppVersionNumeric=0.1.0.0 /DSourceDir=<repo>\dist\assessor
;        /DOutputDir=<repo>\dist /DRepoRoot=<repo> [/Sassessorsign=<signtool command with $f> /DSign] assessor.iss
;
; Installs for the current user only, without administrator rights, into %LOCALAPPDATA%\Programs\assessor:
; a Start menu entry, .g4sa files opening in the app (HKCU\Software\Classes), optionally a desktop icon and the
; `assessor` command on the user's PATH, and an uninstaller (Settings > Apps) that removes all of it.
; The bundle has two programs over the same files: assessor-gui.exe (no console; menu and file association)
; and assessor.exe (console; the command line and `assessor --self-test`).
; This file is UTF-8 with a byte order mark, which Inno Setup needs for the French strings.

#ifndef AppVersion
  #error Define AppVersion (iscc /DAppVersion=0.1.0), as packaging/build.py does
#endif
#ifndef SourceDir
  #error Define SourceDir, the PyInstaller bundle folder (dist\assessor)
#endif
#ifndef AppVersionNumeric
  #define AppVersionNumeric AppVersion
#endif
#ifndef RepoRoot
  #define RepoRoot AddBackslash(SourcePath) + "..\.."
#endif
#ifndef OutputDir
  #define OutputDir RepoRoot + "\dist"
#endif
#ifdef Sign
  ; the Sign Tool "assessorsign" is defined on iscc's command line (/Sassessorsign=...) by build.py
  #define SignFlags "signonce"
#else
  #define SignFlags ""
#endif

#define AppName "assessor"
#define GuiExe "assessor-gui.exe"
#define CliExe "assessor.exe"
#define ProgId "assessor.Assessment.1"

[Setup]
; AppId identifies the app to Windows across versions (upgrades, uninstall): never change it.
AppId={{96A5A2FB-931F-469E-AFAA-D480CC1A8C5F}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=assessor contributors
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} {#AppVersion} setup
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
DisableReadyPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6.12 runs on Windows 10 1809 and later
MinVersion=10.0.17763
ChangesAssociations=yes
ChangesEnvironment=yes
CloseApplications=yes
RestartApplications=no
SetupIconFile={#RepoRoot}\resources\icons\app\assessor.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName} {#AppVersion}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
OutputDir={#OutputDir}
OutputBaseFilename={#AppName}-{#AppVersion}-windows-setup
#ifdef Sign
SignTool=assessorsign
SignedUninstaller=yes
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[CustomMessages]
en.AssessmentFile=GA4GH Framework self-assessment
fr.AssessmentFile=Auto-évaluation selon le Cadre de la GA4GH
en.AppComment=Self-assessment against the GA4GH Framework, with signed reports
fr.AppComment=Auto-évaluation selon le Cadre de la GA4GH, avec rapports signés
en.AddToPath=Add the assessor command to my PATH (for the command line)
fr.AddToPath=Ajouter la commande assessor à mon PATH (ligne de commande)
en.CommandLine=Command line:
fr.CommandLine=Ligne de commande :

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "{cm:AddToPath}"; GroupDescription: "{cm:CommandLine}"; Flags: unchecked

[InstallDelete]
; an upgrade replaces the whole bundle: files of the previous version must not linger beside the new ones
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\{#GuiExe}"; DestDir: "{app}"; Flags: ignoreversion {#SignFlags}
Source: "{#SourceDir}\{#CliExe}"; DestDir: "{app}"; Flags: ignoreversion {#SignFlags}
Source: "{#SourceDir}\*"; Excludes: "\{#GuiExe},\{#CliExe}"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Registry]
; .g4sa -> assessor, for this user only (HKCU\Software\Classes needs no administrator rights)
Root: HKCU; Subkey: "Software\Classes\.g4sa"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.g4sa"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-g4sa"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.g4sa\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:AssessmentFile}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#GuiExe},0"
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" ""%1"""
Root: HKCU; Subkey: "Software\Classes\Applications\{#GuiExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".g4sa"; ValueData: ""
; the folder with assessor.exe on the user's PATH (removed again by the uninstaller, see [Code])
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NotOnPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ Where Dir sits in the ';'-separated Path (1-based, 0 when absent), comparing without case. }
function PathEntryPos(Paths, Dir: String): Integer;
begin
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Paths) + ';');
end;

function NotOnPath(Dir: String): Boolean;
var
  Paths: String;
begin
  if not RegQueryStringValue(HKCU, 'Environment', 'Path', Paths) then
    Result := True
  else
    Result := PathEntryPos(Paths, Dir) = 0;
end;

procedure RemoveFromPath(Dir: String);
var
  Paths: String;
  P: Integer;
begin
  if not RegQueryStringValue(HKCU, 'Environment', 'Path', Paths) then
    exit;
  P := PathEntryPos(Paths, Dir);
  if P = 0 then
    exit;
  { P points at the ';' before the entry in ';' + Paths + ';', that is at the entry itself in Paths:
    drop the separator before it (or the one after it when it comes first) along with the entry. }
  if P = 1 then
    Delete(Paths, 1, Length(Dir) + 1)
  else
    Delete(Paths, P - 1, Length(Dir) + 1);
  RegWriteExpandStringValue(HKCU, 'Environment', 'Path', Paths);
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    RemoveFromPath(ExpandConstant('{app}'));
end;
