#!/usr/bin/env pwsh
<#
.SYNOPSIS
    Runs the declared set of experiments (scripts/experiments.psd1) in parallel, resumably, and summarises them.
.DESCRIPTION
    Each row of the declared set is one configuration (Name, Group, Data and Invoke-Training's parameters; see the
    comments in scripts/experiments.psd1). The configurations run in parallel over the cores (ForEach-Object
    -Parallel, one training per runspace, each with -Threads 1: results are bit-identical for any thread count, so a
    configuration's numbers are the same alone or in the batch). Every finished configuration writes its own result
    file atomically, <OutDir>/runs/<Name>.json (configuration, per-epoch history, epochs run, best epoch,
    train/valid/test accuracy and loss, seconds), so a crash never loses finished work; a restarted batch skips the
    configurations whose result file records the same configuration as the row (a changed row reruns; -Force reruns
    all selected ones).
    At the end (or with -ReportOnly, no training) it writes <OutDir>/results.csv, <OutDir>/results.md, one
    validation-loss figure per group (<group>-valid-loss.png) and test-accuracy.png, all atomically, from every
    declared row that has a result.
    Run it with `dotnet pwsh ./build.ps1 Experiments`, or directly after `./build.ps1 Build`.
.EXAMPLE
    dotnet pwsh ./scripts/experiments.ps1 -Name lr-0.1, lr-0.5
.EXAMPLE
    dotnet pwsh ./scripts/experiments.ps1 -Group optimizers -Force
.EXAMPLE
    dotnet pwsh ./scripts/experiments.ps1 -ReportOnly
#>
[CmdletBinding()]
param(
    # Run only the configurations with these names (wildcards allowed).
    [string[]] $Name,
    # Run only the configurations of these groups (wildcards allowed).
    [string[]] $Group,
    # Rerun selected configurations even when their result file is up to date.
    [switch] $Force,
    # No training: rewrite results.csv, results.md and the figures from the result files.
    [switch] $ReportOnly,
    # Configurations trained at the same time (each on one thread).
    [ValidateRange(1, 1024)] [int] $ThrottleLimit = [Environment]::ProcessorCount,
    # The declared set: a .psd1 (@{ Experiments = @( @{...}, ... ) }) or a .csv with one row per configuration.
    [string] $Path,
    # Where runs/, results.* and the figures go. Default figs/experiments.
    [string] $OutDir,
    # Training images: a folder of official files, an IDX or CSV file. Default: Import-FashionData's search.
    [string] $DataPath,
    # Test images of Data = Official rows. Default: the Test set of the -DataPath folder, else Import-FashionData -Set Test.
    [string] $TestDataPath,
    # Also output one object per selected configuration (Name, Status = Trained|Skipped|Failed, TestAccuracy, ...).
    [switch] $PassThru,
    [string] $Root = (Split-Path $PSScriptRoot)
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$inv = [cultureinfo]::InvariantCulture
if ([Console]::IsOutputRedirected) { $PSStyle.OutputRendering = 'PlainText' }
$Root = (Resolve-Path -LiteralPath $Root).ProviderPath
Set-Location -LiteralPath $Root
$modulePath = Join-Path $Root 'modules/FashionMnist'
Import-Module $modulePath
# The figures assembly sits beside the module DLL; the module loads it only when a plot cmdlet runs.
Add-Type -LiteralPath (Join-Path $modulePath 'lib/FashionMnist.Plots.dll')
if (-not $Path) { $Path = Join-Path $Root 'scripts/experiments.psd1' }
if (-not $OutDir) { $OutDir = Join-Path $Root 'figs/experiments' }
$Path = (Resolve-Path -LiteralPath $Path).ProviderPath
$OutDir = [IO.Path]::GetFullPath($OutDir, $Root)
$runsDir = Join-Path $OutDir 'runs'
if ($DataPath) { $DataPath = (Resolve-Path -LiteralPath $DataPath).ProviderPath }
if ($TestDataPath) { $TestDataPath = (Resolve-Path -LiteralPath $TestDataPath).ProviderPath }

#region The declared set
# Column => kind. Every column but Name/Group/Data is an Invoke-Training parameter of the same name.
$Columns = [ordered]@{
    Name = 'string'; Group = 'string'; Data = @('Challenge', 'Official')
    Hidden = 'int[]'; Activation = @('ReLU', 'Sigmoid', 'Tanh'); Init = @('Normal', 'He', 'Xavier'); InitScale = 'double'
    Optimizer = @('Sgd', 'Momentum', 'Adam', 'AdamW'); Momentum = 'double'; LearningRate = 'double'
    Schedule = @('Constant', 'Step', 'Cosine'); Epochs = 'int'; BatchSize = 'int'; L2 = 'double'; Patience = 'int'
    Dropout = 'double'; AugmentShift = 'int'; AugmentFlip = 'bool'; Seed = 'int'
}

function ConvertTo-Configuration($Row, [string] $Where) {
    # One row (psd1 hashtable or CSV object) => an ordered dictionary in column order, typed, only declared columns.
    $values = [ordered]@{}
    $pairs = if ($Row -is [System.Collections.IDictionary]) { $Row.GetEnumerator() | ForEach-Object { , @($_.Key, $_.Value) } }
             else { $Row.PSObject.Properties | ForEach-Object { , @($_.Name, $_.Value) } }
    foreach ($pair in $pairs) {
        $key = $Columns.Keys | Where-Object { $_ -eq $pair[0] }
        if (-not $key) { throw "$Where has an unknown column '$($pair[0])'. Columns: $($Columns.Keys -join ', ')." }
        $value = $pair[1]
        if ($null -eq $value -or ($value -is [string] -and $value.Trim() -eq '')) { continue }  # empty CSV cell = default
        $kind = $Columns[$key]
        try {
            # An array kind is the list of allowed values (kept out of switch, which would loop over it).
            $values[$key] = if ($kind -is [array]) {
                $match = $kind | Where-Object { $_ -eq "$value" }
                if (-not $match) { throw "expected one of $($kind -join ', ')" }
                $match
            }
            else { switch ($kind) {
                'string' { [string]$value }
                'int' { [int]$value }
                'double' { [double]::Parse([string]$value, $inv) }
                'bool' { if ($value -is [bool]) { $value } elseif ("$value" -in 'true', '1', 'yes', '$true') { $true } elseif ("$value" -in 'false', '0', 'no', '$false') { $false } else { throw "not a boolean" } }
                'int[]' { , [int[]]@(if ($value -is [string]) { $value -split '[,\s;-]+' | Where-Object { $_ } } else { $value }) }
            } }
        }
        catch { throw "$Where, column ${key}: '$value' is not valid ($($_.Exception.Message))." }
    }
    foreach ($required in 'Name', 'Group') {
        if (-not $values.Contains($required)) { throw "$Where has no $required." }
    }
    if ($values.Name -notmatch '^[A-Za-z0-9][A-Za-z0-9._-]*$') { throw "$Where`: the Name '$($values.Name)' must be letters, digits, '.', '_' or '-' (it names a file)." }
    $ordered = [ordered]@{}
    foreach ($key in $Columns.Keys) { if ($values.Contains($key)) { $ordered[$key] = $values[$key] } }
    if (-not $ordered.Contains('Data')) { $ordered.Insert(2, 'Data', 'Challenge') }
    $ordered
}

function Read-ExperimentSet([string] $File) {
    $rows = if ($File -match '\.csv$') { @(Import-Csv -LiteralPath $File) } else {
        $content = Import-PowerShellDataFile -LiteralPath $File
        if (-not $content.Contains('Experiments')) { throw "$File has no Experiments = @( ... ) list." }
        @($content.Experiments)
    }
    $set = [System.Collections.Generic.List[object]]::new()
    $names = @{}
    for ($i = 0; $i -lt $rows.Count; $i++) {
        $config = ConvertTo-Configuration $rows[$i] "$File, row $($i + 1)"
        if ($names.ContainsKey($config.Name)) { throw "$File, row $($i + 1): the Name '$($config.Name)' is already used by row $($names[$config.Name])." }
        $names[$config.Name] = $i + 1
        $set.Add($config)
    }
    if ($set.Count -eq 0) { throw "$File declares no experiment." }
    $set
}

function Get-Key($Config) {
    # What a result file must record to count as this row's result: the row itself plus any explicit data paths.
    $key = [ordered]@{} + $Config
    if ($DataPath) { $key.DataPath = $DataPath }
    if ($TestDataPath -and $Config.Data -eq 'Official') { $key.TestDataPath = $TestDataPath }
    $key | ConvertTo-Json -Compress -Depth 4
}

function Get-Hidden($Config) { if ($Config.Contains('Hidden')) { $Config.Hidden } else { @(64, 32) } }
function Get-Parameters($Config) {
    $widths = @(784) + @(Get-Hidden $Config) + @(10)
    $n = 0; for ($i = 1; $i -lt $widths.Count; $i++) { $n += $widths[$i - 1] * $widths[$i] + $widths[$i] }
    $n
}

$declared = Read-ExperimentSet $Path
$selected = @($declared | Where-Object {
    $config = $_
    (-not $Name -or ($Name | Where-Object { $config.Name -like $_ })) -and (-not $Group -or ($Group | Where-Object { $config.Group -like $_ }))
})
if (($Name -or $Group) -and $selected.Count -eq 0) { throw "No configuration of $Path matches -Name $($Name -join ',') -Group $($Group -join ',')." }
#endregion

function Read-Result([string] $RunName) {
    $file = Join-Path $runsDir "$RunName.json"
    if (-not (Test-Path -LiteralPath $file)) { return $null }
    try { Get-Content -LiteralPath $file -Raw | ConvertFrom-Json }
    catch { Write-Warning "Ignoring unreadable result file $file ($($_.Exception.Message))."; $null }
}

#region Training
$summary = [System.Collections.Generic.List[object]]::new()
if (-not $ReportOnly) {
    $todo = [System.Collections.Generic.List[object]]::new()
    foreach ($config in $selected) {
        $key = Get-Key $config
        $existing = Read-Result $config.Name
        if (-not $Force -and $existing -and $existing.PSObject.Properties['key'] -and $existing.key -eq $key) {
            $summary.Add([pscustomobject]@{ Name = $config.Name; Group = $config.Group; Status = 'Skipped'; TestAccuracy = $existing.accuracy.test; Seconds = $existing.seconds; ResultFile = (Join-Path $runsDir "$($config.Name).json") })
            continue
        }
        $todo.Add([pscustomobject]@{ Config = $config; Key = $key; Work = [double](Get-Parameters $config) * $(if ($config.Contains('Epochs')) { $config.Epochs } else { 20 }) })
    }
    $skipped = $summary.Count
    Write-Host ("{0} configuration(s) selected: {1} to train, {2} already done (skipped){3}." -f $selected.Count, $todo.Count, $skipped, $(if ($todo.Count) { ", $ThrottleLimit at a time" } else { '' }))

    if ($todo.Count -gt 0) {
        # Data: loaded once, shared read-only by the runspaces (FashionDataset and DatasetSplit are immutable).
        $clock = [Diagnostics.Stopwatch]::StartNew()
        $trainData = if ($DataPath) { Import-FashionData -Path $DataPath -Set Train } else { Import-FashionData -Set Train }
        $splits = @{}
        if ($todo | Where-Object { $_.Config.Data -eq 'Challenge' }) {
            $splits.Challenge = $trainData | Split-FashionData -Train 0.8 -Valid 0.1 -Test 0.1 -Seed 100
        }
        $officialTest = $null
        if ($todo | Where-Object { $_.Config.Data -eq 'Official' }) {
            $splits.Official = $trainData | Split-FashionData -Train 0.9 -Valid 0.1 -Test 0 -Seed 100
            $officialTest = if ($TestDataPath) { Import-FashionData -Path $TestDataPath -Set Test }
                            elseif ($DataPath -and (Test-Path -LiteralPath $DataPath -PathType Container)) { Import-FashionData -Path $DataPath -Set Test }
                            else { Import-FashionData -Set Test }
        }
        Write-Host ("Data: {0} ({1:N0} images), loaded in {2:F1} s" -f $trainData.Source, $trainData.Count, $clock.Elapsed.TotalSeconds)
        foreach ($job in $todo) {
            $job | Add-Member Split $splits[$job.Config.Data]
            $job | Add-Member TestData $(if ($job.Config.Data -eq 'Official') { $officialTest } else { $null })
            $job | Add-Member DataSource $trainData.Source
        }

        $totalWork = ($todo | Measure-Object Work -Sum).Sum
        $state = @{ Done = 0; Failed = 0; DoneWork = 0.0; DoneSeconds = 0.0 }
        $batchClock = [Diagnostics.Stopwatch]::StartNew()
        $activity = "Experiments: $($todo.Count) configuration(s), $ThrottleLimit at a time"
        Write-Progress -Activity $activity -Status "0 of $($todo.Count) done" -PercentComplete 0

        # Longest first: the batch ends sooner when the big runs do not start last.
        $todo | Sort-Object Work -Descending | ForEach-Object -ThrottleLimit $ThrottleLimit -Parallel {
            $ErrorActionPreference = 'Stop'
            $ProgressPreference = 'SilentlyContinue'
            $job = $_
            $config = $job.Config
            $started = [DateTime]::UtcNow
            $wall = [Diagnostics.Stopwatch]::StartNew()
            try {
                Import-Module $using:modulePath
                $training = @{}
                foreach ($key in $config.Keys) { if ($key -notin 'Name', 'Group', 'Data') { $training[$key] = $config[$key] } }
                $run = Invoke-Training -Data $job.Split @training -Threads 1
                $measured = [ordered]@{
                    Train = $run | Measure-Mlp -Set Train -Threads 1
                    Valid = $run | Measure-Mlp -Set Valid -Threads 1
                    Test = if ($null -ne $job.TestData) { $run | Measure-Mlp -Data $job.TestData -Threads 1 } else { $run | Measure-Mlp -Set Test -Threads 1 }
                }
                [pscustomobject]@{ Job = $job; Run = $run; Measured = $measured; Started = $started; Wall = $wall.Elapsed.TotalSeconds; Error = $null }
            }
            catch {
                [pscustomobject]@{ Job = $job; Run = $null; Measured = $null; Started = $started; Wall = $wall.Elapsed.TotalSeconds; Error = $_ }
            }
        } | ForEach-Object {
            $job = $_.Job
            $config = $job.Config
            if ($_.Error) {
                $state.Failed++
                Write-Host ("FAILED {0} [{1}] after {2:F1} s: {3}" -f $config.Name, $config.Group, $_.Wall, $_.Error) -ForegroundColor Red
                $summary.Add([pscustomobject]@{ Name = $config.Name; Group = $config.Group; Status = 'Failed'; TestAccuracy = $null; Seconds = $_.Wall; ResultFile = $null; Error = "$($_.Error)" })
            }
            else {
                $run = $_.Run; $m = $_.Measured; $o = $run.Options
                $split = $job.Split
                $result = [ordered]@{
                    name = $config.Name; group = $config.Group; data = $config.Data
                    key = $job.Key
                    configuration = $config
                    options = [ordered]@{
                        architecture = $run.Architecture; hidden = @(Get-Hidden $config); activation = "$($run.Activation)"
                        init = $(if ($config.Contains('Init')) { $config.Init } else { 'Normal' })
                        initScale = $(if ($config.Contains('InitScale')) { $config.InitScale } else { 0.01 })
                        optimizer = "$($o.Optimizer)"; momentum = $o.Momentum; learningRate = $o.LearningRate; schedule = "$($o.Schedule)"
                        epochs = $o.Epochs; batchSize = $o.BatchSize; l2 = $o.L2; patience = $o.EarlyStoppingPatience; dropout = $o.Dropout
                        augmentShift = $o.AugmentShift; augmentFlip = $o.AugmentFlip; seed = $o.Seed; threads = $o.Threads
                    }
                    source = [ordered]@{
                        train = $job.DataSource
                        test = $(if ($null -ne $job.TestData) { $job.TestData.Source } else { "$($job.DataSource) (split test part)" })
                        split = [ordered]@{ train = $split.Train.Count; valid = $split.Valid.Count; test = $m.Test.Count; seed = $split.Seed }
                    }
                    parameters = $run.Model.ParameterCount
                    epochsRun = $run.Epochs; bestEpoch = $run.BestEpoch; stopped = "$($run.Stopped)"
                    accuracy = [ordered]@{ train = $m.Train.Accuracy; valid = $m.Valid.Accuracy; test = $m.Test.Accuracy }
                    loss = [ordered]@{ train = $m.Train.Loss; valid = $m.Valid.Loss; test = $m.Test.Loss }
                    history = @($run.History | ForEach-Object { [ordered]@{ epoch = $_.Epoch; lossTrain = $_.TrainLoss; lossValid = $_.ValidLoss; accuracyTrain = $_.TrainAccuracy; accuracyValid = $_.ValidAccuracy; seconds = $_.Seconds } })
                    seconds = $run.Seconds
                    wallSeconds = $_.Wall
                    finishedUtc = [DateTime]::UtcNow.ToString('o')
                }
                $file = Join-Path $runsDir "$($config.Name).json"
                [FashionMnist.Persistence.AtomicFile]::WriteAllText($file, ($result | ConvertTo-Json -Depth 6))
                $state.Done++
                $state.DoneWork += $job.Work; $state.DoneSeconds += $_.Wall
                Write-Host ("done {0,-16} [{1}] {2} epochs (best {3}), accuracy train {4:P2} valid {5:P2} test {6:P2}, {7:F1} s" -f
                    $config.Name, $config.Group, $run.Epochs, $run.BestEpoch, $m.Train.Accuracy, $m.Valid.Accuracy, $m.Test.Accuracy, $_.Wall)
                $summary.Add([pscustomobject]@{ Name = $config.Name; Group = $config.Group; Status = 'Trained'; TestAccuracy = $m.Test.Accuracy; Seconds = $_.Wall; ResultFile = $file })
            }
            $finished = $state.Done + $state.Failed
            $left = $todo.Count - $finished
            $progress = @{ Activity = $activity; Status = "$finished of $($todo.Count) done$(if ($state.Failed) { ", $($state.Failed) failed" })"; PercentComplete = [int](100 * $finished / $todo.Count) }
            if ($left -gt 0 -and $state.DoneWork -gt 0) {
                # Seconds per unit of work (parameters x epochs) of the finished runs, shared by the parallel slots.
                $remaining = ($totalWork - $state.DoneWork) * $state.DoneSeconds / $state.DoneWork / [math]::Min($ThrottleLimit, $left)
                $progress.SecondsRemaining = [int][math]::Ceiling($remaining)
            }
            Write-Progress @progress
        }
        Write-Progress -Activity $activity -Completed
        Write-Host ("Batch: {0} trained, {1} failed, {2} skipped in {3:F1} s." -f $state.Done, $state.Failed, $skipped, $batchClock.Elapsed.TotalSeconds)
    }
}
#endregion

#region Report
function Get-ShownPath([string] $Full) {
    # Relative to the repository when inside it (a report that moves with the repository), else as is.
    $relative = [IO.Path]::GetRelativePath($Root, $Full)
    if ($relative.StartsWith('..') -or [IO.Path]::IsPathRooted($relative)) { $Full } else { $relative -replace '\\', '/' }
}
function Format-Number($Value, [string] $Format) { if ($null -eq $Value) { '' } else { ([double]$Value).ToString($Format, $inv) } }

function Get-Summary($Result) {
    $o = $Result.options
    $parts = @("$($o.hidden -join '/') $($o.activation)")
    $parts += if ($o.init -eq 'Normal') { "Normal($(Format-Number $o.initScale 'G4'))" } else { $o.init }
    $parts += "$($o.optimizer)$(if ($o.optimizer -eq 'Momentum') { "($($o.momentum))" }) lr $(Format-Number $o.learningRate 'G4') $($o.schedule)"
    $parts += "$($o.epochs) ep, batch $($o.batchSize)"
    if ($o.l2) { $parts += "L2 $(Format-Number $o.l2 'G4')" }
    if ($o.patience) { $parts += "patience $($o.patience)" }
    if ($o.dropout) { $parts += "dropout $(Format-Number $o.dropout 'G4')" }
    if ($o.augmentShift) { $parts += "shift $($o.augmentShift)" }
    if ($o.augmentFlip) { $parts += 'flip' }
    if ($o.seed -ne 100) { $parts += "seed $($o.seed)" }
    $parts -join ', '
}

$results = [System.Collections.Generic.List[object]]::new()
$missing = [System.Collections.Generic.List[string]]::new()
foreach ($config in $declared) {
    $result = Read-Result $config.Name
    if ($result -and $result.PSObject.Properties['key'] -and $result.key -eq (Get-Key $config)) { $results.Add($result) }
    else { $missing.Add($config.Name) }
}
if ($missing.Count) { Write-Host "No up-to-date result yet for: $($missing -join ', ')" }
if ($results.Count -eq 0) {
    Write-Warning "No results to report in $runsDir."
}
else {
    $rows = foreach ($r in $results) {
        $o = $r.options
        [pscustomobject][ordered]@{
            Name = $r.name; Group = $r.group; Data = $r.data; Summary = Get-Summary $r
            Hidden = $o.hidden -join ' '; Activation = $o.activation; Init = $o.init; InitScale = Format-Number $o.initScale 'R'
            Optimizer = $o.optimizer; LearningRate = Format-Number $o.learningRate 'R'; Schedule = $o.schedule
            Epochs = $o.epochs; BatchSize = $o.batchSize; L2 = Format-Number $o.l2 'R'; Patience = $o.patience; Dropout = Format-Number $o.dropout 'R'
            AugmentShift = $o.augmentShift; AugmentFlip = $o.augmentFlip; Seed = $o.seed
            EpochsRun = $r.epochsRun; BestEpoch = $r.bestEpoch
            TrainAccuracy = Format-Number $r.accuracy.train 'F4'; ValidAccuracy = Format-Number $r.accuracy.valid 'F4'; TestAccuracy = Format-Number $r.accuracy.test 'F4'
            TrainLoss = Format-Number $r.loss.train 'F4'; ValidLoss = Format-Number $r.loss.valid 'F4'; TestLoss = Format-Number $r.loss.test 'F4'
            Seconds = Format-Number $r.wallSeconds 'F1'
        }
    }
    [FashionMnist.Persistence.AtomicFile]::WriteAllText((Join-Path $OutDir 'results.csv'), (($rows | ConvertTo-Csv -NoTypeInformation) -join "`n") + "`n")

    $md = [System.Text.StringBuilder]::new()
    $null = $md.AppendLine('# Experiments').AppendLine()
    $null = $md.AppendLine("Declared in ``$(Get-ShownPath $Path)``; one result file per configuration in ``$(Get-ShownPath $runsDir)``. " +
        'Challenge = 80/10/10 split of the 60,000 training images (seed 100), test = its 6,000 test images; ' +
        'Official = 90/10 split of the official 60,000 (seed 100), test = the official 10,000. ' +
        'Accuracies and losses are of the final model (the best epoch''s weights with early stopping); seconds = wall time of one run on one thread.').AppendLine()
    $null = $md.AppendLine('| Name | Group | Data | Configuration | Epochs run | Best epoch | Train acc | Valid acc | Test acc | Train loss | Valid loss | Seconds |')
    $null = $md.AppendLine('|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|')
    foreach ($row in $rows) {
        $null = $md.AppendLine("| $($row.Name) | $($row.Group) | $($row.Data) | $($row.Summary) | $($row.EpochsRun) | $($row.BestEpoch) | $($row.TrainAccuracy) | $($row.ValidAccuracy) | $($row.TestAccuracy) | $($row.TrainLoss) | $($row.ValidLoss) | $($row.Seconds) |")
    }
    if ($missing.Count) { $null = $md.AppendLine().AppendLine("Not run yet: $($missing -join ', ').") }
    $null = $md.AppendLine().AppendLine('Figures: `test-accuracy.png` (all runs), `<group>-valid-loss.png` (validation loss per epoch of each group).')
    [FashionMnist.Persistence.AtomicFile]::WriteAllText((Join-Path $OutDir 'results.md'), $md.ToString())

    # Figures (ComparisonFigure writes PNGs atomically).
    $seriesType = [System.ValueTuple[string, System.Collections.Generic.IReadOnlyList[double]]]
    foreach ($groupResults in ($results | Group-Object group)) {
        $series = [System.Collections.Generic.List[System.ValueTuple[string, System.Collections.Generic.IReadOnlyList[double]]]]::new()
        foreach ($r in $groupResults.Group) {
            [double[]] $values = @($r.history | ForEach-Object { [double]$_.lossValid })
            if ($values.Count) { $series.Add($seriesType::new($r.name, [System.Collections.Generic.IReadOnlyList[double]]$values)) }
        }
        if ($series.Count -eq 0) { continue }
        $file = Join-Path $OutDir "$($groupResults.Name -replace '[^A-Za-z0-9._-]', '-')-valid-loss.png"
        [FashionMnist.Plots.ComparisonFigure]::SaveCurves($series, 'Epoch', 'Validation loss', "Validation loss: $($groupResults.Name)", $file)
    }
    $bars = [System.Collections.Generic.List[System.ValueTuple[string, double]]]::new()
    # Percent with two decimals: the value printed on each bar stays narrower than the bar with ~20 runs.
    foreach ($r in $results) { $bars.Add([System.ValueTuple[string, double]]::new($r.name, [math]::Round(100 * [double]$r.accuracy.test, 2))) }
    [FashionMnist.Plots.ComparisonFigure]::SaveBars($bars, 'Test accuracy (%)', 'Test accuracy of every run', (Join-Path $OutDir 'test-accuracy.png'))
    Write-Host "Report: $(Join-Path $OutDir 'results.md'), results.csv and $(@(Get-ChildItem -LiteralPath $OutDir -Filter *.png).Count) figure(s) in $OutDir"
}
#endregion

if ($PassThru) { $summary }
if ($summary | Where-Object Status -eq 'Failed') { throw "$(@($summary | Where-Object Status -eq 'Failed').Count) configuration(s) failed; the others' results are saved." }
