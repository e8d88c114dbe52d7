#!/usr/bin/env pwsh
<#
.SYNOPSIS
    The one entry point of FashionMnist: build, test, data, the challenge, experiments, benchmark.
.DESCRIPTION
    Run from the repository with the local PowerShell tool:
        dotnet tool restore
        dotnet pwsh ./build.ps1 <Task>
    Tasks:
        Build        compile everything and lay out the module in modules/FashionMnist (Import-Module ./modules/FashionMnist)
        Test         Build, then run every NUnit test; prints "N passed, N failed, N skipped"
        Data         find the official files (else apt-get install dataset-fashion-mnist as root on Debian/Ubuntu,
                     else download into data/), then write data/train.csv
        Challenge    Build + Data, then scripts/run-challenge.ps1 in a fresh PowerShell: figures and results in figs/
        Experiments  Build, then scripts/experiments.ps1 in a fresh PowerShell: the declared set scripts/experiments.psd1 in
                     parallel, resumable; results.csv/.md and comparison figures in figs/experiments/
                     (options such as -Name, -Group, -Force, -ReportOnly: run the script directly after Build)
        Help         regenerate modules/FashionMnist/en-US/FashionMnist.PowerShell.dll-Help.xml from its source
        Clean        remove build output, the laid-out module and test results (keeps data/ and figs/)
        Bench        seconds per epoch, GFLOP/s, load and inference timings (figs/bench.json)
.EXAMPLE
    dotnet pwsh ./build.ps1 Challenge
.EXAMPLE
    dotnet pwsh ./build.ps1 Test
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('Build', 'Test', 'Data', 'Challenge', 'Experiments', 'Help', 'Clean', 'Bench')]
    [string] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$Root = $PSScriptRoot
$Solution = Join-Path $Root 'FashionMnist.sln'

function Invoke-Native {
    # Runs an external command and stops the build when it fails.
    param([string] $Command, [string[]] $Arguments)
    Write-Host "> $Command $($Arguments -join ' ')" -ForegroundColor DarkGray
    & $Command @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Command failed with exit code $LASTEXITCODE." }
}

$ModuleFolder = Join-Path $Root 'modules/FashionMnist'
$ModuleLib = Join-Path $ModuleFolder 'lib'

function Get-RuntimeIdentifier {
    # The native SkiaSharp library is picked per OS and CPU, so publish for the machine we run on.
    $os = if ($IsWindows) { 'win' } elseif ($IsMacOS) { 'osx' } else { 'linux' }
    $arch = switch ([System.Runtime.InteropServices.RuntimeInformation]::OSArchitecture) {
        'Arm64' { 'arm64' }
        'X64' { 'x64' }
        default { throw "No published runtime for CPU architecture $_." }
    }
    "$os-$arch"
}

function Invoke-Build {
    Invoke-Native dotnet @('build', $Solution, '-c', $Configuration, '--nologo', '-v', 'minimal')
    # Lay out the module: publish (a separate process, so no pwsh holding the DLL is involved) puts the
    # NuGet and native dependencies beside the module DLL, where PowerShell and the runtime look for them.
    $project = Join-Path $Root 'src/FashionMnist.PowerShell/FashionMnist.PowerShell.csproj'
    if (Test-Path $ModuleLib) { Remove-Item $ModuleLib -Recurse -Force }
    Invoke-Native dotnet @('publish', $project, '-c', $Configuration, '-r', (Get-RuntimeIdentifier),
        '--self-contained', 'false', '-o', $ModuleLib, '--nologo', '-v', 'minimal')
}

function Invoke-FreshPwsh {
    # Work that imports the module runs in its own PowerShell process: an imported DLL stays loaded,
    # and the build itself must never hold it. Under `dotnet pwsh` the process is dotnet running pwsh.dll.
    param([string[]] $Arguments)
    $exe = [Environment]::ProcessPath
    [string[]] $prefix = if ([IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { @(Join-Path $PSHOME 'pwsh.dll') } else { @() }
    Invoke-Native $exe ($prefix + @('-NoProfile', '-NonInteractive') + $Arguments)
}

function Invoke-Help {
    Invoke-FreshPwsh @('-File', (Join-Path $Root 'src/FashionMnist.PowerShell/Help/Build-Help.ps1'),
        '-ModulePath', $ModuleFolder, '-OutFile', (Join-Path $ModuleFolder 'en-US/FashionMnist.PowerShell.dll-Help.xml'))
}

function Test-OfficialFolder([string] $Folder) {
    $Folder -and (Test-Path (Join-Path $Folder 'train-images-idx3-ubyte*')) -and (Test-Path (Join-Path $Folder 'train-labels-idx1-ubyte*'))
}

function Invoke-Data {
    # The search order of the loaders: $env:FASHION_MNIST_DIR, data/, the Debian package's folder.
    $dataFolder = Join-Path $Root 'data'
    $found = @($env:FASHION_MNIST_DIR, $dataFolder, '/usr/share/datasets/fashion-mnist') | Where-Object { Test-OfficialFolder $_ } | Select-Object -First 1
    if (-not $found -and $IsLinux -and (Test-Path /etc/debian_version) -and (& id -u) -eq '0') {
        Write-Host 'Fashion-MNIST not found: installing the Debian package dataset-fashion-mnist.'
        & apt-get install -y dataset-fashion-mnist
        if ($LASTEXITCODE -eq 0 -and (Test-OfficialFolder '/usr/share/datasets/fashion-mnist')) { $found = '/usr/share/datasets/fashion-mnist' }
    }
    $csv = Join-Path $dataFolder 'train.csv'
    # Single quotes inside the child's command: paths are passed as literal strings.
    $q = { param($s) "'" + ($s -replace "'", "''") + "'" }
    $download = if ($found) { '' } else {
        Write-Host 'Fashion-MNIST not found locally: downloading the official files into data/.'
        "`$null = [FashionMnist.Data.DataDownloader]::Download('Train', $(& $q $dataFolder)); "
    }
    if ((Test-Path $csv) -and -not $download) {
        Write-Host "Data: $csv already there (delete it to rewrite it)."
        return
    }
    Invoke-FreshPwsh @('-Command', "`$ErrorActionPreference = 'Stop'; Set-Location -LiteralPath $(& $q $Root); Import-Module $(& $q $ModuleFolder); $download" +
        "Import-FashionData | Export-FashionCsv -LiteralPath $(& $q $csv) -Force -PassThru | ForEach-Object { 'Data: wrote {0} ({1:N0} MB)' -f `$_.FullName, (`$_.Length / 1MB) }")
}

function Invoke-Challenge {
    Invoke-Build
    Invoke-Data
    Push-Location $Root
    try {
        Invoke-FreshPwsh @('-File', (Join-Path $Root 'scripts/run-challenge.ps1'))
        # The README's report quotes this run: regenerate its numbers from figs/results.json.
        Invoke-FreshPwsh @('-File', (Join-Path $Root 'scripts/update-readme.ps1'))
    }
    finally {
        Pop-Location
    }
}

function Invoke-Experiments {
    Invoke-Build
    Push-Location $Root
    try {
        Invoke-FreshPwsh @('-File', (Join-Path $Root 'scripts/experiments.ps1'))
    }
    finally {
        Pop-Location
    }
}

function Invoke-Clean {
    Invoke-Native dotnet @('clean', $Solution, '-c', $Configuration, '--nologo', '-v', 'minimal')
    foreach ($path in $ModuleLib, (Join-Path $Root 'TestResults')) {
        if (Test-Path $path) { Remove-Item $path -Recurse -Force; Write-Host "Removed $path" }
    }
}

function Invoke-Test {
    Invoke-Build
    $results = Join-Path $Root 'TestResults'
    if (Test-Path $results) { Remove-Item $results -Recurse -Force }
    Write-Host "> dotnet test $Solution" -ForegroundColor DarkGray
    & dotnet test $Solution -c $Configuration --no-build --nologo --logger 'trx' --results-directory $results
    $testExit = $LASTEXITCODE
    # dotnet test prints no single summary line that CI reads: total the TRX files.
    $passed = 0; $failed = 0; $skipped = 0
    foreach ($trx in Get-ChildItem $results -Filter *.trx -ErrorAction SilentlyContinue) {
        $counters = ([xml](Get-Content -LiteralPath $trx.FullName -Raw)).TestRun.ResultSummary.Counters
        $passed += [int]$counters.passed
        $failed += [int]$counters.failed + [int]$counters.error + [int]$counters.timeout + [int]$counters.aborted
        $skipped += [int]$counters.notExecuted
    }
    Write-Host "$passed passed, $failed failed, $skipped skipped"
    if ($testExit -ne 0 -or $failed -gt 0) { throw "Tests failed (dotnet test exit code $testExit)." }
    if ($passed -eq 0) { throw 'No test ran.' }
}

function Invoke-Bench {
    $project = Join-Path $Root 'src/FashionMnist.Bench/FashionMnist.Bench.csproj'
    $benchJson = Join-Path $Root 'figs/bench.json'
    Invoke-Native dotnet @('run', '--project', $project, '-c', 'Release', '--', '--output', $benchJson)
    Invoke-NumpyPeer $benchJson
    # The README's performance table quotes this measurement.
    Invoke-FreshPwsh @('-File', (Join-Path $Root 'scripts/update-readme.ps1'))
}

function Invoke-NumpyPeer([string] $BenchJson) {
    # The NumPy implementation of the same protocol (../shared/bench), timed in the same sitting so both see
    # the same machine load; its medians are added to bench.json beside ours.
    $peer = Join-Path (Split-Path $Root) 'shared/bench/numpy_ref.py'
    $python = '/usr/bin/python3'
    if (-not (Test-Path $peer) -or -not (Test-Path $python)) {
        Write-Warning "NumPy peer not run: needs $peer and $python (with numpy)."
        return
    }
    $env:BENCH_RESULTS = Join-Path ([IO.Path]::GetTempPath()) 'fashion-bench-peer'
    $measurements = [Collections.Generic.List[object]]::new()
    foreach ($hidden in '64,32', '128,64', '256,128') {
        Write-Host "> $python $peer --lr 0.1 --epochs 8 --hidden $hidden" -ForegroundColor DarkGray
        $out = & $python $peer --lr 0.1 --epochs 8 --hidden $hidden 2>&1 | Out-String
        $line = $out -split "`n" | Where-Object { $_ -like 'RESULT numpy*' } | Select-Object -First 1
        $blas = [regex]::Match($out, 'blas=(\S+)').Groups[1].Value
        if (-not $line -or $line -notmatch 's/epoch\(median\)=([0-9.]+)') { Write-Warning "NumPy peer printed no result for $hidden`n$out"; continue }
        $median = [double]$Matches[1]
        Write-Host $line
        $measurements.Add([ordered]@{ name = "numpy 784-$($hidden -replace ',', '-')-10"; kind = 'peer-train-epoch'
            secondsMedian = $median; secondsMin = $median; secondsMax = $median; repeats = 8; note = "NumPy + $blas, ../shared/bench/numpy_ref.py (median only)" })
    }
    $all = @(Get-Content -LiteralPath $BenchJson -Raw | ConvertFrom-Json) + $measurements
    [IO.File]::WriteAllText($BenchJson, ($all | ConvertTo-Json -Depth 4))
    foreach ($m in $measurements) {
        $ours = $all | Where-Object { $_.name -eq ($m.name -replace '^numpy ', '') }
        if ($ours) { Write-Host ("{0}: {1:F3} s/epoch here vs {2:F3} s NumPy ({3:F1}x)" -f $ours.name, $ours.secondsMedian, $m.secondsMedian, ($m.secondsMedian / $ours.secondsMedian)) }
    }
}

switch ($Task) {
    'Build' { Invoke-Build }
    'Test' { Invoke-Test }
    'Data' { Invoke-Data }
    'Challenge' { Invoke-Challenge }
    'Experiments' { Invoke-Experiments }
    'Help' { Invoke-Help }
    'Clean' { Invoke-Clean }
    'Bench' { Invoke-Bench }
}
